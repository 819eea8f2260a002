// Hand-annotated articles written with inline markup: `{P|name}` person, `{L|name}` place, `{O|name}`
// organization. The braces are stripped to give the text and the gold spans at their offsets in it.

/** The entity types the markup annotates. */
export type MarkupType = 'people' | 'places' | 'organizations';

/** A gold span of a marked-up article. */
export interface MarkupSpan {
  readonly type: MarkupType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const TYPES: Readonly<Record<string, MarkupType>> = { P: 'people', L: 'places', O: 'organizations' };

/** The article's text without markup and its gold spans, in text order. */
export function parseMarkup(source: string): { text: string; gold: MarkupSpan[] } {
  const gold: MarkupSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\{([PLO])\|([^{}]+)\}/g)) {
    text += source.slice(last, m.index);
    const [tag, name] = [m[1] ?? '', m[2] ?? ''];
    const type = TYPES[tag];
    if (type === undefined) throw new Error(`markup: unknown tag ${tag}`);
    gold.push({ type, start: text.length, end: text.length + name.length, text: name });
    text += name;
    last = (m.index ?? 0) + m[0].length;
  }
  return { text: text + source.slice(last), gold };
}

/** Counts of one type: gold, predicted, and matches (exact spans, and overlapping spans one-to-one). */
export interface Counts {
  gold: number;
  pred: number;
  strict: number;
  lenient: number;
}

/** Adds the matches of one document's predictions against its gold spans to `c`. */
export function addCounts(
  c: Counts,
  gold: readonly { start: number; end: number }[],
  pred: readonly { start: number; end: number }[],
): void {
  c.gold += gold.length;
  c.pred += pred.length;
  const exact = new Set(gold.map((g) => `${g.start}:${g.end}`));
  c.strict += pred.filter((p) => exact.has(`${p.start}:${p.end}`)).length;
  const used = new Set<number>();
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used.has(k) && g.start < p.end && p.start < g.end);
    if (i >= 0) {
      used.add(i);
      c.lenient++;
    }
  }
}

/** Precision, recall and F1 of `hits` matches. */
export function prf(c: Counts, hits: number): { p: number; r: number; f: number } {
  const p = c.pred === 0 ? 0 : hits / c.pred;
  const r = c.gold === 0 ? 0 : hits / c.gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
