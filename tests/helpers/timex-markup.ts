// Hand-annotated pages with inline TIMEX markup: `[[text|TYPE|value]]` (TYPE DATE, TIME, DURATION or SET, value
// in TimeML). Double brackets because pasted pages use braces and single brackets in their own text.

/** A gold date expression of a marked-up page. */
export interface TimexSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

/** The page's text without markup and its gold date expressions, in text order. */
export function parseTimexMarkup(source: string): { text: string; gold: TimexSpan[] } {
  const gold: TimexSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^\]|]+)\]\]/g)) {
    text += source.slice(last, m.index);
    const [written, type, value] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    gold.push({ start: text.length, end: text.length + written.length, text: written, type, value });
    text += written;
    last = (m.index ?? 0) + m[0].length;
  }
  const rest = source.slice(last);
  if (/\[\[|\]\]/.test(text + rest)) throw new Error('timex markup: an unclosed or malformed [[...]]');
  return { text: text + rest, gold };
}
