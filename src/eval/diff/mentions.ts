import type { JsonObject } from '../json';
import type { FieldChange, MentionChange } from './types';

/** The mention lists of an article record compared mention by mention. */
export const DIFF_MENTION_TYPES = ['people', 'places', 'dates', 'quotes', 'money'] as const;

/** The fields shown for an added or removed mention of each type (its main values). */
const SUMMARY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  people: ['name', 'role', 'entity'],
  places: ['name', 'country', 'entity'],
  dates: ['value', 'type'],
  quotes: ['kind', 'speakerName'],
  money: ['amount', 'currency'],
};

const json = (v: unknown): string => (v === undefined ? 'null' : JSON.stringify(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : -1);

/** "name=Vladimir Putin role=President" from the type's summary fields that are set. */
function summaryOf(type: string, m: JsonObject): string {
  return (SUMMARY_FIELDS[type] ?? [])
    .filter((f) => m[f] !== null && m[f] !== undefined)
    .map((f) => `${f}=${typeof m[f] === 'string' ? (m[f] as string) : json(m[f])}`)
    .join(' ');
}

/** Items of list `a` missing from list `b` (as a multiset of JSON texts), in `a`'s order. */
function missingFrom(a: readonly unknown[], b: readonly unknown[]): string[] {
  const left = b.map(json);
  const out: string[] = [];
  for (const x of a.map(json)) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}

function fieldChange(field: string, a: unknown, b: unknown): FieldChange {
  const change = { field, before: json(a), after: json(b) };
  return Array.isArray(a) && Array.isArray(b)
    ? { ...change, items: { removed: missingFrom(a, b), added: missingFrom(b, a) } }
    : change;
}

/** Fields whose values differ between two versions of one record, in first-seen key order. */
export function fieldChanges(a: JsonObject, b: JsonObject, skip: ReadonlySet<string> = new Set()): FieldChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.has(k));
  return keys.filter((k) => json(a[k]) !== json(b[k])).map((k) => fieldChange(k, a[k], b[k]));
}

function change(type: string, kind: MentionChange['change'], m: JsonObject, fields: FieldChange[] = []): MentionChange {
  return {
    type,
    change: kind,
    start: num(m.start),
    end: num(m.end),
    text: typeof m.text === 'string' ? m.text : '',
    summary: kind === 'changed' ? '' : summaryOf(type, m),
    fields,
  };
}

/** Mentions grouped by span ("start:end"), each group in list order. */
function bySpan(list: readonly JsonObject[]): Map<string, JsonObject[]> {
  const groups = new Map<string, JsonObject[]>();
  for (const m of list) {
    const k = `${num(m.start)}:${num(m.end)}`;
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  return groups;
}

/**
 * Pairs the mentions of one span: identical ones first, then the rest in order as changes; leftovers are added/removed.
 */
function diffGroup(type: string, before: readonly JsonObject[], after: readonly JsonObject[]): MentionChange[] {
  const rest = [...after];
  const unmatched: JsonObject[] = [];
  for (const m of before) {
    const i = rest.findIndex((x) => json(x) === json(m));
    if (i >= 0) rest.splice(i, 1);
    else unmatched.push(m);
  }
  const out: MentionChange[] = [];
  unmatched.forEach((m, i) => {
    const other = rest[i];
    out.push(other ? change(type, 'changed', m, fieldChanges(m, other)) : change(type, 'removed', m));
  });
  for (const m of rest.slice(unmatched.length)) out.push(change(type, 'added', m));
  return out;
}

/** The mention changes of one type between two versions of an article, ordered by offset. */
export function diffMentions(
  type: string,
  before: readonly JsonObject[],
  after: readonly JsonObject[],
): MentionChange[] {
  const a = bySpan(before);
  const b = bySpan(after);
  const out: MentionChange[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) out.push(...diffGroup(type, a.get(k) ?? [], b.get(k) ?? []));
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
