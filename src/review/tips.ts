import type { MentionType, ReviewMention } from './record';

/**
 * The normalized value a reader checks when hovering a mention: one short line per field that is set. The text is
 * plain (it is escaped where it is put into the page).
 */

type Fields = ReviewMention['fields'];

function show(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => show(x) ?? '').join(', ') : null;
  return null;
}

/** `label: value` lines for the fields that are set, in the order given. */
function lines(fields: Fields, labels: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  for (const [key, label] of labels) {
    const v = show(fields[key]);
    if (v !== null) out.push(`${label}: ${v}`);
  }
  return out;
}

function spanText(v: unknown): string | null {
  return typeof v === 'object' && v !== null && 'text' in v && typeof v.text === 'string' ? v.text : null;
}

const LABELS: Readonly<Record<Exclude<MentionType, 'quote'>, readonly (readonly [string, string])[]>> = {
  person: [
    ['name', 'name'],
    ['role', 'role'],
    ['gender', 'gender'],
    ['entity', 'entity'],
  ],
  place: [
    ['name', 'name'],
    ['kind', 'kind'],
    ['country', 'country'],
    ['geonameId', 'geonames'],
    ['entity', 'entity'],
  ],
  organization: [
    ['name', 'name'],
    ['kind', 'kind'],
    ['acronym', 'acronym'],
    ['entity', 'entity'],
  ],
  date: [
    ['value', 'value'],
    ['type', 'type'],
    ['mod', 'mod'],
    ['rangeStart', 'from'],
    ['rangeEnd', 'to'],
    ['inferred', 'inferred'],
  ],
  money: [
    ['decimal', 'amount'],
    ['currency', 'currency'],
    ['qualifier', 'qualifier'],
    ['min', 'min'],
    ['max', 'max'],
    ['currencySource', 'currency from'],
  ],
};

/** The tooltip lines of one mention. */
export function tipLines(type: MentionType, m: ReviewMention): string[] {
  if (type !== 'quote') {
    const out = lines(m.fields, LABELS[type]);
    // An amount too large for `decimal` to be present falls back to the number.
    if (type === 'money' && m.fields.decimal === undefined) out.unshift(...lines(m.fields, [['amount', 'amount']]));
    return out;
  }
  const out = lines(m.fields, [
    ['kind', 'kind'],
    ['speakerName', 'speaker'],
  ]);
  const said = spanText(m.fields.speaker);
  if (said !== null && m.fields.speakerName !== said) out.push(`speaker text: ${said}`);
  const cue = spanText(m.fields.cue);
  if (cue !== null) out.push(`cue: ${cue}`);
  out.push(
    ...lines(m.fields, [
      ['speakerRule', 'rule'],
      ['confidence', 'confidence'],
      ['utterance', 'utterance'],
    ]),
  );
  return out;
}
