import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { emptyDoc } from '../src/model/document';
import type { Doc } from '../src/model/document';
import type { MoneyMention, PlaceMention } from '../src/model/mentions';
import { CSV_COLUMNS, CSV_TYPES, csvRows } from '../src/contract';
import type { Cell } from '../src/contract';
import { cellText, csvText, escapeFormula } from '../src/pipeline/emit/csv';
import { plainNumber } from '../src/pipeline/emit/plain-number';
import { runCli, tempDir } from './check-helpers';
import { parseCsv } from './csv-parse';

const ESCAPE = { escapeFormulas: true };

describe('column order (documented in the README: extend at the end, never reorder)', () => {
  test('is pinned', () => {
    expect(CSV_COLUMNS).toEqual({
      people: ['article_id', 'start', 'end', 'text', 'name', 'role', 'entity', 'published', 'published_source', 'age'],
      places: [
        'article_id',
        'start',
        'end',
        'text',
        'name',
        'kind',
        'country',
        'geoname_id',
        'lat',
        'lon',
        'entity',
        'published',
        'published_source',
      ],
      organizations: ['article_id', 'start', 'end', 'text', 'name', 'kind', 'entity', 'published', 'published_source'],
      dates: [
        'article_id',
        'start',
        'end',
        'text',
        'type',
        'value',
        'range_start',
        'range_end',
        'inferred',
        'published',
        'published_source',
      ],
      quotes: [
        'article_id',
        'start',
        'end',
        'text',
        'kind',
        'speaker_start',
        'speaker_end',
        'speaker_text',
        'speaker_name',
        'cue',
        'utterance',
        'speaker_entity',
        'speaker_type',
        'speaker_rule',
        'speaker_confidence',
        'published',
        'published_source',
      ],
      money: [
        'article_id',
        'start',
        'end',
        'text',
        'amount',
        'currency',
        'min',
        'max',
        'qualifier',
        'currency_source',
        'qualifier_type',
        'published',
        'published_source',
      ],
      entities: ['article_id', 'entity', 'type', 'name', 'roles', 'mentions', 'age'],
    });
  });
});

describe('every mention CSV carries the article date and its source', () => {
  const place: PlaceMention = {
    kind: 'place',
    start: 0,
    end: 6,
    text: 'Sydney',
    name: 'Sydney',
    placeKind: 'city',
    country: 'AU',
    geonameId: 1,
    lat: 1,
    lon: 2,
    entity: 'L1',
    stage: 'extract/places',
    rule: 't',
  };
  test('published and published_source are the last two cells', () => {
    const doc: Doc = {
      ...emptyDoc({ id: 'a', source: 'a', text: 'Sydney' }),
      places: [place],
      reference: { date: '2015-07-24', source: 'dateline', confidence: 0.9 },
    };
    const row = parseCsv(csvText(csvRows(doc, 'places'), ESCAPE))[0] ?? [];
    expect(row.slice(-2)).toEqual(['2015-07-24', 'dateline']);
  });
  test('they are empty when the article has no date', () => {
    const doc: Doc = { ...emptyDoc({ id: 'a', source: 'a', text: 'Sydney' }), places: [place] };
    expect((parseCsv(csvText(csvRows(doc, 'places'), ESCAPE))[0] ?? []).slice(-2)).toEqual(['', '']);
  });
});

describe('RFC 4180', () => {
  test.each([
    ['plain', ['a', 'b'], 'a,b\r\n'],
    ['comma', ['a,b', 'c'], '"a,b",c\r\n'],
    ['double quote', ['say "hi"', 'x'], '"say ""hi""",x\r\n'],
    ['line feed', ['line1\nline2'], '"line1\nline2"\r\n'],
    ['carriage return', ['a\rb'], '"a\rb"\r\n'],
    ['leading space kept by quoting', [' a', 'b '], '" a","b "\r\n'],
    ['empty and null', ['', null], ',\r\n'],
    ['UTF-8 text unchanged', ['Kassym-Jomart Tokayev — “ok” 東京 🙂'], 'Kassym-Jomart Tokayev — “ok” 東京 🙂\r\n'],
  ] as [string, Cell[], string][])('%s', (_name, row, expected) => {
    expect(csvText([row], ESCAPE)).toBe(expected);
  });

  test('any text round-trips through a strict RFC 4180 reader (escaping off)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (rows) => {
          expect(parseCsv(csvText(rows, { escapeFormulas: false }))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('plain values', () => {
  test.each([
    [100000000000, '100000000000'],
    [1e21, '1000000000000000000000'],
    [123456789012345680000, '123456789012345680000'],
    [0.0000015, '0.0000015'],
    [-33.8688, '-33.8688'],
    [2.5, '2.5'],
    [0, '0'],
    [Number.NaN, ''],
  ])('%p is written as %p', (n, expected) => {
    expect(plainNumber(n)).toBe(expected);
    expect(plainNumber(n)).not.toMatch(/e/i);
  });

  test('an exact decimal from the money stage is written verbatim and never escaped', () => {
    expect(cellText({ decimal: '-0.5' }, ESCAPE)).toBe('-0.5');
    expect(cellText(-122.41942, ESCAPE)).toBe('-122.41942');
  });
});

describe('formula injection', () => {
  test.each(['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")', ' =x', '\n=x', '＝x'])(
    '%p is neutralized with a leading quote',
    (cell) => {
      expect(escapeFormula(cell)).toBe(`'${cell}`);
      expect(parseCsv(csvText([[cell]], ESCAPE))).toEqual([[`'${cell}`]]);
      expect(parseCsv(csvText([[cell]], { escapeFormulas: false }))).toEqual([[cell]]);
    },
  );

  test.each(['Putin', "'quoted", 'a=b', ' x=1', '100'])('%p is left alone', (cell) => {
    expect(escapeFormula(cell)).toBe(cell);
  });
});

/** A document with hand-made mentions (no extractor involved). */
function docWith(fields: Partial<Pick<Doc, 'money' | 'places'>>): Doc {
  return { ...emptyDoc({ id: '=evil-id', source: 't', text: '=1+1 costs $100 billion in Sydney' }), ...fields };
}

describe('rows from a document', () => {
  const money: MoneyMention = {
    kind: 'money',
    start: 11,
    end: 23,
    text: '$100 billion',
    amount: 1e11,
    currency: 'USD',
    min: null,
    max: null,
    qualifier: null,
    stage: 'extract/money',
    rule: 't',
  };
  const place: PlaceMention = {
    kind: 'place',
    start: 27,
    end: 33,
    text: 'Sydney',
    name: 'Sydney',
    placeKind: 'city',
    country: 'AU',
    geonameId: 2147714,
    lat: -33.86785,
    lon: 151.20732,
    entity: 'L1',
    stage: 'extract/places',
    rule: 't',
  };

  test('money: amount as a plain decimal, ISO code, article id escaped', () => {
    expect(parseCsv(csvText(csvRows(docWith({ money: [money] }), 'money'), ESCAPE))).toEqual([
      ["'=evil-id", '11', '23', '$100 billion', '100000000000', 'USD', '', '', '', '', '', '', ''],
    ]);
    expect(csvRows(docWith({ money: [{ ...money, decimal: '100000000000.5' }] }), 'money')[0]?.[4]).toEqual({
      decimal: '100000000000.5',
    });
  });

  test('places: negative coordinates are numbers, not escaped', () => {
    expect(parseCsv(csvText(csvRows(docWith({ places: [place] }), 'places'), ESCAPE))).toEqual([
      ["'=evil-id", '27', '33', 'Sydney', 'Sydney', 'city', 'AU', '2147714', '-33.86785', '151.20732', 'L1', '', ''],
    ]);
  });

  test('every type gives rows as wide as its header', () => {
    const doc = docWith({ money: [money], places: [place] });
    for (const t of CSV_TYPES) for (const r of csvRows(doc, t)) expect(r).toHaveLength(CSV_COLUMNS[t].length);
  });
});

describe('the run command writes the CSVs (built CLI)', () => {
  test('--bom, --types and --no-formula-escape', () => {
    const dir = tempDir('csv');
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(
      input,
      JSON.stringify({
        id: '=1+2',
        text: 'Prices rose by $5 million in Paris on Monday, Jean Dupont said.',
        published: '2022-12-27',
      }) + '\n',
    );
    const out = path.join(dir, 'out');
    expect(runCli([input, '--out', out, '--types', 'money,people', '--bom', '--quiet']).status).toBe(0);
    expect(existsSync(path.join(out, 'money.csv'))).toBe(true);
    expect(existsSync(path.join(out, 'people.csv'))).toBe(true);
    expect(existsSync(path.join(out, 'places.csv'))).toBe(false);
    const money = readFileSync(path.join(out, 'money.csv'));
    expect([...money.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(money.toString('utf8'));
    expect(rows[0]).toEqual(CSV_COLUMNS.money);
    for (const r of rows.slice(1)) expect(r[0]).toBe("'=1+2");
    const raw = path.join(dir, 'raw');
    expect(runCli([input, '--out', raw, '--types', 'people', '--no-formula-escape', '--quiet']).status).toBe(0);
    const people = readFileSync(path.join(raw, 'people.csv'), 'utf8');
    expect(people.startsWith('article_id,')).toBe(true);
    for (const r of parseCsv(people).slice(1)) expect(r[0]).toBe('=1+2');
  });
});
