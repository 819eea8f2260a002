// Pass 1: every parser over every sentence. Each pattern runs on one sentence at a time, so the cost stays linear
// in the article length whatever the patterns do within a sentence.
import type { Doc } from '../../../model/document';
import type { ParseContext } from '../../../text/dates/parser';
import { PARSERS } from '../../../text/dates/parsers';
import type { Candidate } from '../../../text/dates/sem';

/** Candidates of one sentence, in parser order, each tagged with the parser's rank for tie-breaking. */
export function scanSentence(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  // Several parsers share a trigger (the month names, a digit): test each one once per sentence.
  const triggered = new Map<RegExp, boolean>();
  for (const parser of PARSERS) {
    if (!triggerPasses(parser.trigger, ctx.sentence, triggered)) continue;
    for (const match of ctx.sentence.matchAll(parser.pattern)) {
      if (match[0].length === 0) continue;
      const found = parser.build(match, ctx);
      if (found) out.push(found);
    }
  }
  return out;
}

/** `trigger.test(sentence)`, answered from `seen` when the same stateless trigger was tested on it already. */
function triggerPasses(trigger: RegExp, sentence: string, seen: Map<RegExp, boolean>): boolean {
  if (trigger.global || trigger.sticky) return trigger.test(sentence);
  let hit = seen.get(trigger);
  if (hit === undefined) {
    hit = trigger.test(sentence);
    seen.set(trigger, hit);
  }
  return hit;
}

/** Sentences of the document with their text, in order. */
export function sentenceContexts(doc: Doc, dayFirst: boolean): ParseContext[] {
  return doc.sentences.map((s) => ({ sentence: doc.text.slice(s.start, s.end), offset: s.start, dayFirst }));
}
