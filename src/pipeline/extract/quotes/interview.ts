// Interview layouts: "Q: … / A: …" and transcripts ("NAME: text", "SMITH: text"). A paragraph opening with a
// speaker label is that speaker's words, when the article uses the layout at least twice (so a lone "Note:" or
// "Update:" line is never a quote). Questions are the interviewer's and are not emitted; answers are.
import type { Span } from '../../../model/span';
import { trimSpan } from '../../../model/span';
import type { DraftQuote } from './5-utterances';
import type { ParagraphView } from './types';

/** Labelled paragraphs needed before the layout is trusted. */
export const MIN_LABELLED_PARAGRAPHS = 2;
/** Shortest answer, in characters, kept as a quote. */
const MIN_ANSWER_CHARS = 12;

// A label: Q/A, or one to three capitalized words (a name, "PRESIDENT OBAMA"), then a colon and text.
const LABEL =
  /^(?:(Q|A|Question|Answer)|((?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}))\s*:\s+(?=\S)/u;
// Labels that are page furniture, not speakers.
const NOT_SPEAKERS =
  /^(?:note|update|updated|editor'?s note|photo|photos|image|video|watch|listen|read more|read also|also read|related|source|sources|caption|credit|correction|disclaimer|warning|advertisement|by|tags?|topics?|share|email|follow|subscribe|published|posted|date|time|location|when|where|what|why|how|who|live|breaking|exclusive|analysis|opinion|comment|pictured|see also|more|ingredients|method|step \d+|tip)$/i;

interface Labelled {
  readonly view: ParagraphView;
  readonly label: { start: number; end: number };
  readonly answer: boolean;
  readonly question: boolean;
  readonly contentStart: number;
}

/** A name label must be written in capitals (a transcript: "SMITH:") or be a person the people stage found. */
function nameLabel(text: string, start: number, end: number, personStarts: ReadonlySet<number>): boolean {
  const label = text.slice(start, end);
  return (
    personStarts.has(start) ||
    personStarts.has(start + (/^(?:Mr|Ms|Mrs|Dr)\.?\s+/.exec(label)?.[0].length ?? 0)) ||
    (label === label.toUpperCase() && /\p{Lu}{2}/u.test(label))
  );
}

function labelled(text: string, view: ParagraphView, personStarts: ReadonlySet<number>): Labelled | null {
  const p = trimSpan(text, view.span.start, view.span.end);
  if (!p) return null;
  const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
  const word = m ? (m[1] ?? m[2] ?? '') : '';
  if (!m || NOT_SPEAKERS.test(word)) return null;
  const short = m[1] !== undefined;
  if (!short && !nameLabel(text, p.start, p.start + word.length, personStarts)) return null;
  const question = short && /^q/i.test(word);
  return {
    view,
    label: { start: p.start, end: p.start + word.length },
    answer: short && !question,
    question,
    contentStart: p.start + m[0].length,
  };
}

/** Quotes of an interview or transcript layout, in paragraphs holding no quotation marks of their own. */
export function interviewQuotes(
  text: string,
  views: readonly ParagraphView[],
  firstGroup: number,
  people: readonly Span[],
): DraftQuote[] {
  const starts = new Set(people.map((p) => p.start));
  const found = views.map((v) => labelled(text, v, starts)).filter((l): l is Labelled => l !== null);
  if (found.length < MIN_LABELLED_PARAGRAPHS) return [];
  const out: DraftQuote[] = [];
  for (const l of found) {
    const body = trimSpan(text, l.contentStart, l.view.span.end);
    if (
      l.question ||
      !body ||
      body.end - body.start < MIN_ANSWER_CHARS ||
      /[“”"«»]/.test(text.slice(body.start, body.end))
    )
      continue;
    const attribution = {
      speaker: l.label,
      cue: null,
      rule: l.answer ? 'interview-answer' : 'interview-label',
      tailEnd: null,
    };
    out.push({
      start: body.start,
      end: body.end,
      kind: 'direct',
      attribution,
      group: firstGroup + out.length,
      rule: attribution.rule,
      full: true,
    });
  }
  return out;
}
