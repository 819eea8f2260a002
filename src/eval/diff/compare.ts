import type { JsonObject } from '../json';
import { objectList } from '../json';
import { DIFF_MENTION_TYPES, diffMentions, fieldChanges } from './mentions';
import type { ArticleDiff, DiffCounts, FileDiff, OutputDiff } from './types';

/** An output directory as read for comparison: article records by id, and each output file's text by name. */
export interface OutputContent {
  readonly articles: ReadonlyMap<string, JsonObject>;
  readonly files: ReadonlyMap<string, string>;
}

const MENTION_FIELDS = new Set<string>(DIFF_MENTION_TYPES);

/** The differences of one article present on both sides, or null when the records are equal. */
function diffArticle(id: string, a: JsonObject, b: JsonObject): ArticleDiff | null {
  const mentions = DIFF_MENTION_TYPES.flatMap((t) => diffMentions(t, objectList(a, t) ?? [], objectList(b, t) ?? []));
  const fields = fieldChanges(a, b, MENTION_FIELDS);
  return mentions.length || fields.length ? { id, status: 'changed', mentions, fields } : null;
}

/** The whole article as added or removed mentions, so a reader sees what appeared or disappeared. */
function wholeArticle(id: string, rec: JsonObject, status: 'added' | 'removed'): ArticleDiff {
  const empty: JsonObject[] = [];
  const mentions = DIFF_MENTION_TYPES.flatMap((t) =>
    status === 'added'
      ? diffMentions(t, empty, objectList(rec, t) ?? [])
      : diffMentions(t, objectList(rec, t) ?? [], empty),
  );
  return { id, status, mentions, fields: [] };
}

/** The first line (1-based) where two texts differ, with that line on each side. */
function firstDifference(file: string, a: string, b: string): FileDiff {
  const la = a.split(/\r?\n/);
  const lb = b.split(/\r?\n/);
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return { file, status: 'changed', line: i + 1, before: la[i] ?? null, after: lb[i] ?? null };
}

function diffFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): FileDiff[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: FileDiff[] = [];
  for (const name of names) {
    const x = a.get(name);
    const y = b.get(name);
    if (x === y) continue;
    if (x === undefined) out.push({ file: name, status: 'added', line: null, before: null, after: null });
    else if (y === undefined) out.push({ file: name, status: 'removed', line: null, before: null, after: null });
    else out.push(firstDifference(name, x, y));
  }
  return out;
}

/**
 * Compares two outputs: articles by id (mentions by span: added, removed, changed values; article fields), and
 * every output file byte for byte. `before` is the reference (the snapshot), `after` the new output.
 */
export function diffOutputs(before: OutputContent, after: OutputContent): OutputDiff {
  const ids = [...new Set([...before.articles.keys(), ...after.articles.keys()])].sort();
  const articles: ArticleDiff[] = [];
  for (const id of ids) {
    const a = before.articles.get(id);
    const b = after.articles.get(id);
    const d =
      a && b ? diffArticle(id, a, b) : a ? wholeArticle(id, a, 'removed') : b ? wholeArticle(id, b, 'added') : null;
    if (d) articles.push(d);
  }
  return { articles, files: diffFiles(before.files, after.files) };
}

/** True when the outputs are identical. */
export function isEmptyDiff(d: OutputDiff): boolean {
  return d.articles.length === 0 && d.files.length === 0;
}

/** Totals for the summary line. */
export function diffCounts(d: OutputDiff): DiffCounts {
  const all = d.articles.flatMap((a) => a.mentions);
  const n = (c: string): number => all.filter((m) => m.change === c).length;
  return {
    articlesChanged: d.articles.filter((a) => a.status === 'changed').length,
    articlesAdded: d.articles.filter((a) => a.status === 'added').length,
    articlesRemoved: d.articles.filter((a) => a.status === 'removed').length,
    mentionsAdded: n('added'),
    mentionsRemoved: n('removed'),
    mentionsChanged: n('changed'),
    filesDiffering: d.files.length,
  };
}
