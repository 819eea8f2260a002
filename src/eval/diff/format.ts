import { diffCounts } from './compare';
import type { ArticleDiff, FieldChange, FileDiff, MentionChange, OutputDiff } from './types';

/** Longest value shown for a changed field or file line; longer ones are cut with an ellipsis. */
const MAX_VALUE = 160;
/** Mentions listed for one article before "... N more" (a whole added or removed article can be long). */
const MAX_MENTIONS_PER_ARTICLE = 60;

const cut = (s: string): string => (s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s);
const SIGN: Readonly<Record<MentionChange['change'], string>> = { added: '+', removed: '-', changed: '~' };

/** One line per scalar change; a list field as its removed and added items (or "order changed"). */
function fieldLines(f: FieldChange, prefix: string, itemIndent: string): string[] {
  if (!f.items) return [`${prefix}${f.field}: ${cut(f.before)} -> ${cut(f.after)}`];
  const { removed, added } = f.items;
  if (!removed.length && !added.length) return [`${prefix}${f.field}: same items, order changed`];
  return [
    `${prefix}${f.field}:`,
    ...removed.map((x) => `${itemIndent}- ${cut(x)}`),
    ...added.map((x) => `${itemIndent}+ ${cut(x)}`),
  ];
}

function mentionLines(m: MentionChange): string[] {
  const head = `    ${SIGN[m.change]} ${m.type.padEnd(7)} [${m.start},${m.end}) ${JSON.stringify(cut(m.text))}`;
  if (m.change !== 'changed') return [m.summary ? `${head}  ${m.summary}` : head];
  return [head, ...m.fields.flatMap((f) => fieldLines(f, '        ', '            '))];
}

function articleLines(a: ArticleDiff, labels: DiffLabels): string[] {
  const where =
    a.status === 'added' ? ` (only in ${labels.after})` : a.status === 'removed' ? ` (only in ${labels.before})` : '';
  const out = [`${a.status === 'added' ? '+' : a.status === 'removed' ? '-' : '~'} article ${a.id}${where}`];
  for (const f of a.fields) out.push(...fieldLines(f, '    ~ field ', '        '));
  const shown = a.mentions.slice(0, MAX_MENTIONS_PER_ARTICLE);
  for (const m of shown) out.push(...mentionLines(m));
  if (a.mentions.length > shown.length) out.push(`    ... ${a.mentions.length - shown.length} more mention changes`);
  return out;
}

/** Characters shown before the first differing character of a line. */
const LINE_CONTEXT = 40;

/** Both lines from a little before their first differing character, so the difference is visible. */
function lineWindow(a: string | null, b: string | null): [string, string] {
  if (a === null || b === null) return [a ?? '(end of file)', b ?? '(end of file)'];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - LINE_CONTEXT);
  const lead = from > 0 ? '…' : '';
  return [lead + cut(a.slice(from)), lead + cut(b.slice(from))];
}

function fileLines(f: FileDiff, labels: DiffLabels): string[] {
  if (f.status === 'added') return [`+ file ${f.file} (only in ${labels.after})`];
  if (f.status === 'removed') return [`- file ${f.file} (only in ${labels.before})`];
  const [a, b] = lineWindow(f.before, f.after);
  return [`~ file ${f.file} differs from line ${f.line ?? '?'}:`, `    - ${a}`, `    + ${b}`];
}

/** With article differences, files (which follow from them) are only named; without, each is shown in detail. */
function filesSection(d: OutputDiff, labels: DiffLabels): string[] {
  if (!d.files.length) return [];
  if (!d.articles.length) return d.files.flatMap((f) => fileLines(f, labels));
  return [`files that differ: ${d.files.map((f) => f.file).join(', ')}`];
}

/** What the two sides are called in the report ("snapshot" and "output", or the two directories). */
export interface DiffLabels {
  readonly before: string;
  readonly after: string;
}

/** One summary line: how many articles, mentions and files differ. */
export function diffSummary(d: OutputDiff): string {
  const c = diffCounts(d);
  const articles = c.articlesChanged + c.articlesAdded + c.articlesRemoved;
  if (articles === 0 && c.filesDiffering === 0) return 'no differences';
  return `articles: ${articles} differ (${c.articlesChanged} changed, ${c.articlesAdded} added, ${c.articlesRemoved} removed); mentions: ${c.mentionsAdded} added, ${c.mentionsRemoved} removed, ${c.mentionsChanged} changed; files: ${c.filesDiffering} differ`;
}

/**
 * The readable per-article report: `~ article ID`, then `+`/`-` lines for added and removed mentions with their
 * main values, `~` lines for mentions whose values changed (one line per field), then differing files, then the
 * summary line.
 */
export function formatDiff(d: OutputDiff, labels: DiffLabels): string {
  const out: string[] = [`--- ${labels.before}`, `+++ ${labels.after}`];
  for (const a of d.articles) out.push(...articleLines(a, labels));
  out.push(...filesSection(d, labels));
  out.push(diffSummary(d));
  return out.map((l) => l + '\n').join('');
}
