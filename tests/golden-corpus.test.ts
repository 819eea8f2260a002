// The corpus article's hand-checked expected output (tests/fixtures/corpus-iria/expected.json, written by reading
// the article). Required mentions must come out exactly; a few expressions whose extent reasonable annotators
// disagree on are listed as optional, with the value they must have if found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../src/model/document';
import { createPipeline } from '../src/pipeline/pipeline';
import { expectSpansMatch } from './helpers/doc';

interface Expected {
  bodyStart: number;
  /** The copy of the title nearest the body: the headline, whose people and places are the story's too. */
  headline: { start: number; end: number };
  people: { start: number; end: number; text: string; name: string }[];
  places: { start: number; end: number; text: string }[];
  optionalPlaces: string[];
  dates: { start: number; end: number; text: string; value: string }[];
  optionalDates: [string, string | null][];
  money: { start: number; end: number; text: string; amount: number; currency: string }[];
  quotes: { start: number; end: number; text: string; kind: string; speakerName: string }[];
  indirect: { startsWith: number; speakerName: string }[];
  forbiddenTexts: string[];
}

const root = join(__dirname, '..');
const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/corpus-iria/expected.json'), 'utf8')) as Expected;
const bytes = new Uint8Array(readFileSync(join(root, 'corpus/iria-cis-informal-summit-2022.txt')));
const doc: Doc = createPipeline().run({
  id: 'iria-cis-informal-summit-2022',
  source: 'iria-cis-informal-summit-2022.txt',
  bytes,
});
const key = (m: { start: number; end: number }): string => `${m.start}-${m.end}`;

describe('corpus article golden output', () => {
  test('every mention matches the text at its offsets', () => expectSpansMatch(doc));

  test('the repeated title is the title, not body', () => {
    expect(doc.title).toBe('Putin hosts the leaders from the Commonwealth of Independent States in Russia');
    expect(doc.body[0]?.start).toBe(expected.bodyStart);
  });

  test('people: exactly the expected mentions, with canonical names', () => {
    const got = doc.people.map((m) => ({ start: m.start, end: m.end, text: m.text, name: m.name }));
    expect(got.sort((a, b) => a.start - b.start)).toEqual([...expected.people].sort((a, b) => a.start - b.start));
    expect(new Set(doc.people.map((m) => m.name)).size).toBe(10);
  });

  test('places: every expected place, nothing else but the optional ones', () => {
    const got = new Set(doc.places.map(key));
    for (const p of expected.places)
      expect({ place: p.text, at: p.start, found: got.has(key(p)) }).toEqual({
        place: p.text,
        at: p.start,
        found: true,
      });
    const required = new Set(expected.places.map(key));
    const extra = doc.places.filter((m) => !required.has(key(m))).map((m) => m.text);
    for (const t of extra) expect(expected.optionalPlaces).toContain(t);
  });

  test('dates: every expected date with its value; others only if optional and right', () => {
    for (const d of expected.dates) {
      const m = doc.dates.find((x) => key(x) === key(d));
      expect({ date: d.text, value: m?.value }).toEqual({ date: d.text, value: d.value });
    }
    const required = new Set(expected.dates.map(key));
    for (const m of doc.dates.filter((x) => !required.has(key(x)))) {
      const opt = expected.optionalDates.find(([t]) => t === m.text);
      expect({ extra: m.text, allowed: opt !== undefined }).toEqual({ extra: m.text, allowed: true });
      if (opt && opt[1] !== null && m.type === 'DATE')
        expect({ extra: m.text, value: m.value }).toEqual({ extra: m.text, value: opt[1] });
      if (m.text.includes('two-day')) expect(m.type).toBe('DURATION');
    }
  });

  test('money: $100 billion as 100000000000 USD', () => {
    expect(
      doc.money.map((m) => ({ start: m.start, end: m.end, text: m.text, amount: m.amount, currency: m.currency })),
    ).toEqual(expected.money);
  });

  test('quotes: both Tokayev direct quotes, attributed to him', () => {
    const direct = doc.quotes.filter((q) => q.quoteKind === 'direct');
    expect(
      direct.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.quoteKind, speakerName: q.speakerName })),
    ).toEqual(expected.quotes);
  });

  test('quotes: reported statements by Lebedev, Putin and Peskov', () => {
    for (const e of expected.indirect) {
      const q = doc.quotes.find((x) => x.quoteKind === 'indirect' && x.start === e.startsWith);
      expect({ at: e.startsWith, speakerName: q?.speakerName }).toEqual({
        at: e.startsWith,
        speakerName: e.speakerName,
      });
    }
  });

  test('nothing from the boilerplate (the headline is read once: its first copy and the comment prompt are not)', () => {
    const inHeadline = (m: { start: number; end: number }): boolean =>
      expected.headline.start <= m.start && m.end <= expected.headline.end;
    for (const list of [doc.people, doc.places, doc.dates, doc.quotes, doc.money])
      for (const m of list) {
        if (!inHeadline(m)) expect(m.start).toBeGreaterThanOrEqual(expected.bodyStart);
        for (const f of expected.forbiddenTexts) if (m.kind !== 'quote') expect(m.text).not.toContain(f);
      }
  });
});
