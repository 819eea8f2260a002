import { STOPWORDS } from './stopwords';
import { WRAP_MIN_LINE } from './rules';

/** A line of the page (or a hard-wrapped paragraph of several lines) with the features the classifier reads. */
export interface Block {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text with whitespace and punctuation runs collapsed, for spotting repeated lines. */
  readonly key: string;
  readonly chars: number;
  readonly words: number;
  /** Share of words that are stopwords (function words). */
  readonly stopDensity: number;
  /** Share of words that start with a capital letter. */
  readonly capShare: number;
  /** Ends like a sentence: . ! ? … or a closing quote/bracket after one. */
  readonly endsSentence: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?…:;]["'”’)\]]?$/;

/** /^\p{Lu}/u.test(word), with ASCII first letters (nearly all) decided without the expression. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(word);
}

function features(text: string, start: number, end: number): Block {
  const words = text.match(WORD) ?? [];
  let stop = 0;
  let caps = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (STOPWORDS.has(lower.includes('’') ? lower.replace(/’/g, "'") : lower)) stop++;
    if (startsUpper(w)) caps++;
  }
  const n = words.length;
  return {
    start,
    end,
    text,
    key: text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
    chars: text.length,
    words: n,
    stopDensity: n ? stop / n : 0,
    capShare: n ? caps / n : 0,
    endsSentence: SENTENCE_END.test(text),
  };
}

/** True when `next` continues the hard-wrapped prose line `line` (long, no sentence end, lower-case start). */
function continues(line: string, next: string): boolean {
  return line.length >= WRAP_MIN_LINE && !SENTENCE_END.test(line) && /^\p{Ll}/u.test(next);
}

/**
 * Splits the text into blocks: every non-blank line, except that hard-wrapped prose lines are joined into one
 * block. Offsets are trimmed of surrounding whitespace. Linear in the text length.
 */
export function splitBlocks(text: string): Block[] {
  const lines: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let s = lineStart;
    let e = i;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (s < e) lines.push({ start: s, end: e });
    lineStart = i + 1;
  }
  const blocks: Block[] = [];
  let cur: { start: number; end: number } | null = null;
  let last = '';
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    const adjacent = cur !== null && !/\n\s*\n/.test(text.slice(cur.end, l.start));
    if (cur && adjacent && continues(last, line)) {
      cur.end = l.end;
      last = line;
      continue;
    }
    if (cur) blocks.push(features(text.slice(cur.start, cur.end), cur.start, cur.end));
    cur = { ...l };
    last = line;
  }
  if (cur) blocks.push(features(text.slice(cur.start, cur.end), cur.start, cur.end));
  return blocks;
}
