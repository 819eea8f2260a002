import type { DateMention, Mention, MoneyMention, OrganizationMention, PersonMention, PlaceMention, QuoteMention } from '../../model/mentions';
import type { DateRecord, MoneyRecord, OrganizationRecord, PersonRecord, PlaceRecord, QuoteRecord } from './records';

/** The leading keys of each mention kind in output, in this order; any other fields follow, sorted by name. */
export const MENTION_KEYS: Readonly<Record<Mention['kind'], readonly string[]>> = {
  person: ['start', 'end', 'text', 'name', 'role', 'entity'],
  place: ['start', 'end', 'text', 'name', 'placeKind', 'country', 'geonameId', 'lat', 'lon', 'entity'],
  organization: ['start', 'end', 'text', 'name', 'orgKind', 'entity'],
  date: ['start', 'end', 'text', 'value', 'type', 'rangeStart', 'rangeEnd', 'inferred'],
  quote: ['start', 'end', 'text', 'quoteKind', 'speaker', 'speakerName', 'cue', 'utterance'],
  money: ['start', 'end', 'text', 'amount', 'currency', 'min', 'max', 'qualifier'],
};

/** Output names for internal field names where the output contract uses a different word. */
const RENAMED: Readonly<Record<string, string>> = { quoteKind: 'kind', placeKind: 'kind', orgKind: 'kind' };

/** Internal fields that are not written as such (`stage` and `rule` become one `rule` field). */
const INTERNAL = new Set(['kind', 'stage', 'rule']);

/** A span or text-span field as a plain {start, end, text} object (so no internal field leaks into output). */
function plain(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v ?? null;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' ? { start: o.start, end: o.end, text: o.text } : v;
}

/**
 * A mention as a plain object with a fixed key order: the contract's keys first, then fields other stages added
 * (sorted by name), then `rule` (`stage:rule`, the provenance). Undefined fields are written as null.
 */
export function mentionRecord(m: PersonMention): PersonRecord;
export function mentionRecord(m: PlaceMention): PlaceRecord;
export function mentionRecord(m: OrganizationMention): OrganizationRecord;
export function mentionRecord(m: DateMention): DateRecord;
export function mentionRecord(m: QuoteMention): QuoteRecord;
export function mentionRecord(m: MoneyMention): MoneyRecord;
export function mentionRecord(m: Mention): PersonRecord | PlaceRecord | OrganizationRecord | DateRecord | QuoteRecord | MoneyRecord;
export function mentionRecord(m: Mention): Record<string, unknown> {
  const leading = MENTION_KEYS[m.kind];
  const fields = m as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of leading) out[RENAMED[k] ?? k] = plain(fields[k]);
  const extra = Object.keys(fields).filter((k) => !leading.includes(k) && !INTERNAL.has(k)).sort();
  for (const k of extra) out[RENAMED[k] ?? k] = plain(fields[k]);
  out.rule = `${m.stage}:${m.rule}`;
  return out;
}
