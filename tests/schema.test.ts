import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CSV_COLUMNS, CSV_TYPES, csvRows } from '../src/contract';
import { csvText } from '../src/pipeline/emit/csv';
import { articleRecord } from '../src/pipeline/emit/json';
import { createPipeline } from '../src/pipeline/pipeline';
import {
  SCHEMA_DIR,
  SCHEMA_NAMES,
  csvSchema,
  generatedSchemas,
  schemaFile,
  schemaJson,
  schemaText,
} from '../src/schema';
import type { SchemaName } from '../src/schema';
import { ROOT, runCli } from './check-helpers';
import { parseCsv } from './csv-parse';

const SNAPSHOT = path.join(ROOT, 'tests', 'snapshots', 'corpus');
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = new Map<SchemaName, ValidateFunction>();

/** The compiled validator (compiled on first use, after the schema-file tests may have rewritten the files). */
function validator(name: SchemaName): ValidateFunction {
  const found = validators.get(name);
  if (found) return found;
  const v = ajv.compile(JSON.parse(schemaJson(name)) as object);
  validators.set(name, v);
  return v;
}

function validate(name: SchemaName, value: unknown): string[] {
  const v = validator(name);
  if (!v) throw new Error(`no validator ${name}`);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message ?? ''}`);
}

type Rec = Record<string, unknown>;
const MENTION_TYPES = ['people', 'places', 'dates', 'quotes', 'money'] as const;

/** Every mention's text is the slice of the article text at its offsets (speakers and cues too). */
function spanProblems(rec: Rec): string[] {
  const text = String(rec.text);
  const out: string[] = [];
  const check = (where: string, s: Rec | null | undefined): void => {
    if (s && text.slice(Number(s.start), Number(s.end)) !== s.text)
      out.push(`${String(rec.id)} ${where} [${String(s.start)},${String(s.end)})`);
  };
  for (const t of MENTION_TYPES)
    for (const m of (rec[t] as Rec[] | undefined) ?? []) {
      check(t, m);
      if (t === 'quotes') for (const k of ['speaker', 'cue']) check(`${t}.${k}`, m[k] as Rec | null);
    }
  return out;
}

describe('schema files', () => {
  test.each(generatedSchemas())(
    'schemas/%s is generated from the output contract (`npm run schemas`)',
    (file, expected) => {
      // `npm run schemas` (or UPDATE_SCHEMAS=1 npx jest tests/schema.test.ts) rewrites them after a field change
      if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path.join(SCHEMA_DIR, file), expected);
      expect(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')).toBe(expected);
    },
  );

  test('the CSV schemas are the column specs', () => {
    for (const t of CSV_TYPES) expect(schemaJson(t)).toBe(schemaText(csvSchema(t)));
  });

  test('every shipped schema compiles in strict mode and the folder holds nothing else', () => {
    for (const n of SCHEMA_NAMES) expect(typeof validator(n)).toBe('function');
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(SCHEMA_NAMES.map(schemaFile).sort());
  });

  test('a CSV schema lists the header columns in file order', () => {
    for (const t of CSV_TYPES) {
      const s = JSON.parse(schemaJson(t)) as { prefixItems: { title: string }[] };
      expect(s.prefixItems.map((c) => c.title)).toEqual(CSV_COLUMNS[t]);
    }
  });

  test('the schemas reject what the contract forbids', () => {
    const rec = JSON.parse(readFileSync(path.join(SNAPSHOT, 'articles.jsonl'), 'utf8').split('\n')[0] ?? '{}') as Rec;
    expect(validate('articles', rec)).toEqual([]);
    expect(validate('articles', { ...rec, published: '27/12/2022' })).not.toEqual([]);
    expect(validate('articles', { ...rec, surprise: 1 })).not.toEqual([]);
    expect(validate('articles', { ...rec, people: [{ start: 0, end: 3, text: 'abc' }] })).not.toEqual([]);
    const money = {
      start: 0,
      end: 3,
      text: '$5m',
      amount: 5e6,
      currency: 'USD',
      min: null,
      max: null,
      qualifier: null,
      rule: 'extract/money:symbol',
    };
    expect(
      validate('articles', { ...rec, money: [{ ...money, decimal: '5000000', unit: 'major', currencyText: '$' }] }),
    ).toEqual([]);
    expect(validate('articles', { ...rec, money: [{ ...money, decimal: '5e6' }] })).not.toEqual([]);
    expect(validate('articles', { ...rec, money: [{ ...money, unit: 'cents' }] })).not.toEqual([]);
    expect(validate('money', ['a', '0', '3', '$5', '5e+21', 'USD', '', '', ''])).not.toEqual([]);
    expect(validate('money', ['a', '0', '3', '$5', '5', 'usd', '', '', ''])).not.toEqual([]);
    expect(
      validate('money', [
        'a',
        '0',
        '3',
        '$5',
        '5000000000000000000000',
        'USD',
        '',
        '',
        '',
        '',
        '',
        '2022-12-27',
        'input',
      ]),
    ).toEqual([]);
    expect(validate('dates', ['a', '0', '3', 'May', 'DATE', '2022-05'])).not.toEqual([]);
    expect(
      validate('errors', { path: 'in.jsonl', line: 3, code: 'E_JSONL_PARSE', message: 'in.jsonl:3: not valid JSON' }),
    ).toEqual([]);
    expect(validate('errors', { path: 'a.txt', line: 0, code: 'E_READ', message: 'x' })).not.toEqual([]);
  });
});

describe('real output validates against the schemas', () => {
  function checkFolder(dir: string): void {
    const lines = readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const rec = JSON.parse(line) as Rec;
      expect(validate('articles', rec)).toEqual([]);
      expect(spanProblems(rec)).toEqual([]);
    }
    for (const t of CSV_TYPES) {
      const [header, ...rows] = parseCsv(readFileSync(path.join(dir, `${t}.csv`), 'utf8'));
      expect(header).toEqual(CSV_COLUMNS[t]);
      for (const row of rows) expect(validate(t, row)).toEqual([]);
    }
    for (const line of readFileSync(path.join(dir, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean))
      expect(validate('errors', JSON.parse(line))).toEqual([]);
  }

  test('the committed corpus snapshot (written by the CLI)', () => checkFolder(SNAPSHOT));

  test('the pipeline run in-process on the corpus and on MEANTIME full texts', () => {
    const pipeline = createPipeline();
    const texts: { id: string; text: string; published?: string }[] = [];
    const corpus = path.join(ROOT, 'corpus', 'iria-cis-informal-summit-2022.txt');
    texts.push({ id: 'iria', text: readFileSync(corpus, 'utf8') });
    const meantime = path.join(ROOT, '..', 'shared', 'eval', 'dev', 'meantime_dev.jsonl');
    if (existsSync(meantime))
      for (const line of readFileSync(meantime, 'utf8').split('\n').filter(Boolean).slice(0, 15)) {
        const r = JSON.parse(line) as { id: string; full_text: string; dct?: string };
        texts.push({
          id: r.id,
          text: r.full_text,
          ...(r.dct && /^\d{4}-\d{2}-\d{2}/.test(r.dct) ? { published: r.dct.slice(0, 10) } : {}),
        });
      }
    for (const t of texts) {
      const doc = pipeline.run({ id: t.id, source: 'test', text: t.text, published: t.published ?? null });
      const rec = JSON.parse(JSON.stringify(articleRecord(doc))) as Rec;
      expect(validate('articles', rec)).toEqual([]);
      expect(spanProblems(rec)).toEqual([]);
      for (const type of CSV_TYPES)
        for (const row of parseCsv(csvText(csvRows(doc, type), { escapeFormulas: true })))
          expect(validate(type, row)).toEqual([]);
    }
  });
});

describe('news-extract schema', () => {
  test('prints a schema, lists them, and rejects an unknown name', () => {
    const one = runCli(['schema', 'money']);
    expect(one.status).toBe(0);
    expect(one.stdout).toBe(readFileSync(path.join(SCHEMA_DIR, 'money.csv.schema.json'), 'utf8'));
    const list = runCli(['schema']);
    expect(list.status).toBe(0);
    expect(
      list.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual([...SCHEMA_NAMES]);
    expect(runCli(['schema', 'nope']).status).toBe(2);
  });
});
