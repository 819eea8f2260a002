import { emptyDoc } from '../src/model/document';
import type { Doc } from '../src/model/document';
import type { DateMention, MoneyMention, QuoteMention } from '../src/model/mentions';
import { articleJsonLine, articleRecord } from '../src/pipeline/emit/json';
import { mentionRecord } from '../src/contract';

const TEXT = 'Tokayev said "we grew" on December 26, 2022, citing $100 billion.';
const at = (s: string): { start: number; end: number; text: string } => ({
  start: TEXT.indexOf(s),
  end: TEXT.indexOf(s) + s.length,
  text: s,
});

const date: DateMention = {
  kind: 'date',
  ...at('December 26, 2022'),
  type: 'DATE',
  value: '2022-12-26',
  rangeStart: null,
  rangeEnd: null,
  inferred: [],
  stage: 'extract/dates',
  rule: 'month-day',
};
const money: MoneyMention = {
  kind: 'money',
  ...at('$100 billion'),
  amount: 1e11,
  currency: 'USD',
  min: null,
  max: null,
  qualifier: null,
  decimal: '100000000000',
  currencyText: '$',
  stage: 'extract/money',
  rule: 'symbol',
};
const speaker = { ...at('Tokayev'), extraInternal: 1 };
const quote: QuoteMention = {
  kind: 'quote',
  ...at('we grew'),
  quoteKind: 'direct',
  speaker,
  speakerName: 'Kassym-Jomart Tokayev',
  cue: at('said'),
  utterance: 'Q1',
  stage: 'extract/quotes',
  rule: 'cue',
};

function doc(): Doc {
  return { ...emptyDoc({ id: 'a', source: 'a.txt', text: TEXT }), dates: [date], money: [money], quotes: [quote] };
}

describe('articles.jsonl records', () => {
  test.each([
    ['date', date, ['start', 'end', 'text', 'value', 'type', 'rangeStart', 'rangeEnd', 'inferred', 'rule']],
    [
      'money: contract keys, then extra fields by name, then rule',
      money,
      ['start', 'end', 'text', 'amount', 'currency', 'min', 'max', 'qualifier', 'currencyText', 'decimal', 'rule'],
    ],
    [
      'quote: quoteKind is written as kind',
      quote,
      ['start', 'end', 'text', 'kind', 'speaker', 'speakerName', 'cue', 'utterance', 'rule'],
    ],
  ] as const)('%s: fixed key order', (_name, m, keys) => {
    expect(Object.keys(mentionRecord(m))).toEqual(keys);
  });

  test('provenance is stage:rule; a speaker is a plain {start, end, text}', () => {
    const q = mentionRecord(quote);
    expect(q.rule).toBe('extract/quotes:cue');
    expect(q.speaker).toEqual(at('Tokayev'));
    expect(q.kind).toBe('direct');
  });

  test('mentions are sorted by offset whatever order the stage produced', () => {
    const later = { ...date, ...at('2022'), value: '2022' };
    const rec = articleRecord({ ...doc(), dates: [later, date] });
    expect(rec.dates.map((d) => d.start)).toEqual([date.start, later.start]);
  });

  test('one JSON line, no newline inside, same bytes every time', () => {
    const line = articleJsonLine(doc());
    expect(line).not.toContain('\n');
    expect(articleJsonLine(doc())).toBe(line);
    expect(JSON.parse(line)).toEqual(articleRecord(doc()));
  });

  test('every mention text is the slice of the text at its offsets', () => {
    const rec = articleRecord(doc());
    for (const m of [...rec.dates, ...rec.money, ...rec.quotes]) expect(rec.text.slice(m.start, m.end)).toBe(m.text);
  });
});
