import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { evalOptions, formatReport, predictionFile, readJsonl, scoreRecords } from '../src/eval';
import type { EvalResult } from '../src/eval';
import { ROOT, SHARED_EVAL, runCli, tempDir } from './check-helpers';
import { perturbedPredictions } from './eval-perturb';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'eval');
const GOLD = path.join(FIX, 'gold.jsonl');
const PRED = path.join(FIX, 'pred.jsonl');
const REF = path.join(SHARED_EVAL, 'score.mjs');
const DEV = path.join(SHARED_EVAL, 'dev');
const HAS_REF = existsSync(REF) && existsSync(DEV);
if (!HAS_REF)
  process.stderr.write(
    `eval.test: ${path.relative(ROOT, REF)} not found: the comparison with the reference scorer is skipped (only the committed fixtures are checked)\n`,
  );
const withRef = HAS_REF ? describe : describe.skip;

/** Parses flags the way the CLI does and scores in-process. */
function ours(gold: string, pred: string, flags: readonly string[]): EvalResult {
  const get = (name: string): string | undefined => {
    const i = flags.indexOf(name);
    return i >= 0 ? flags[i + 1] : undefined;
  };
  const opt = evalOptions(
    {
      gold,
      pred,
      types: get('--types'),
      dateTypes: get('--date-types'),
      calendarOnly: flags.includes('--calendar-only'),
      syntactic: get('--syntactic'),
      quotesAll: flags.includes('--quotes-all'),
      quoteKinds: get('--quote-kinds'),
      errors: get('--errors'),
      strictValues: flags.includes('--strict-values'),
    },
    pred,
  );
  return scoreRecords(readJsonl(gold), readJsonl(pred), opt);
}

const roundTrip = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('eval on the committed fixtures', () => {
  const expected = JSON.parse(readFileSync(path.join(FIX, 'expected.json'), 'utf8')) as {
    flags: string[];
    result: EvalResult;
  }[];

  test.each(expected.map((e) => [e.flags.join(' ') || '(defaults)', e] as const))(
    'matches the reference result with %s',
    (_name, e) => {
      const r = ours(GOLD, PRED, e.flags);
      expect(roundTrip({ ...r, gold: 'gold.jsonl', pred: 'pred.jsonl' })).toEqual(e.result);
    },
  );

  test('hand-checked figures', () => {
    const r = ours(GOLD, PRED, []);
    const people = r.types.people as { gold: number; pred: number; strict: { tp: number }; lenient: { tp: number } };
    // gold: 5 in a1 (incl. the appositive and "Analysts") + 1 in a6; pred: 4 in a1 + "Nothing" in a4 (a6 has no
    // prediction)
    expect([people.gold, people.pred, people.strict.tp, people.lenient.tp]).toEqual([6, 5, 2, 3]);
    const dates = r.types.dates as { gold: number; ignored: number; value_accuracy: number };
    // DATE only: "two days" (DURATION) and "now" (PRESENT_REF) are excluded, so their predictions are ignored
    expect([dates.gold, dates.ignored, dates.value_accuracy]).toEqual([3, 2, 1]);
    const quotes = r.types.quotes as { ignored: number; speaker_n: number; speaker_acc_span: number };
    // the indirect prediction overlaps attribution E3 (not a quote fragment): ignored; "or never." has no speaker span
    expect([quotes.ignored, quotes.speaker_n, quotes.speaker_acc_span]).toEqual([1, 3, 2 / 3]);
    expect(r.records).toMatchObject({ gold: 7, pred: 7, matched: 6, missing_pred: 1, extra_pred: 1 });
    const body = r.types.body as {
      shingle: { f1: number };
      snippets: { with_found: number; without_absent: number };
      pred_without_text: number;
    };
    // a2: the body span is exactly the gold body; a3: the whole page (both "without" snippets found);
    // a7: an HTML gold record and a prediction without text, so its body is empty
    expect([body.shingle.f1, body.snippets.with_found, body.snippets.without_absent, body.pred_without_text]).toEqual([
      1,
      0.5,
      1 / 3,
      1,
    ]);
  });

  test('the CLI prints the report; a bad flag value is a usage error (exit 2)', () => {
    const res = runCli(['eval', '--gold', GOLD, '--pred', PRED, '--types', 'money']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('money:  amount accuracy 1.000 (n=2); currency accuracy 1.000 (n=1)');
    const bad = runCli(['eval', '--gold', GOLD, '--pred', PRED, '--types', 'nope']);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('unknown type "nope"')]);
  });

  test('bad options and unreadable files throw named errors', () => {
    expect(() => ours(GOLD, PRED, ['--errors', '-1'])).toThrow('--errors must be a whole number');
    expect(() => readJsonl(path.join(FIX, 'missing.jsonl'))).toThrow('cannot read');
  });
});

/** Dev sets with the flag sets the dev README uses, plus the rarer flags. */
const DEV_CASES: readonly [string, string[]][] = [
  ['conll2003_dev.jsonl', ['--types', 'people,places', '--errors', '5']],
  ['meantime_dev.jsonl', []],
  ['meantime_dev.jsonl', ['--types', 'people,places,dates,money', '--syntactic', 'NAM,PRE.NAM', '--errors', '5']],
  ['meantime_dev.jsonl', ['--date-types', 'all', '--calendar-only', '--syntactic', 'null']],
  ['timeml_dev.jsonl', ['--types', 'dates', '--errors', '5']],
  ['timeml_dev.jsonl', ['--types', 'dates', '--date-types', 'DATE,TIME,DURATION,SET,REF', '--strict-values']],
  ['polnear_dev.jsonl', ['--types', 'quotes', '--errors', '5']],
  ['polnear_dev.jsonl', ['--types', 'quotes', '--quotes-all']],
  ['polnear_dev.jsonl', ['--types', 'quotes', '--quote-kinds', 'direct']],
  ['recognizers_currency_dev.jsonl', ['--types', 'money', '--errors', '5']],
  ['recognizers_datetime_dev.jsonl', ['--types', 'dates', '--date-types', 'all', '--errors', '5']],
  ['boilerplate_text_dev.jsonl.gz', ['--types', 'body']],
];
/** Records taken from each dev set: enough for every rule to fire, few enough to keep the file fast. */
const PERTURBED_RECORDS = 80;
const REAL_RECORDS = 12;

/** One comparison: gold and prediction files, flags, and whether the text report (not JSON) is compared. */
interface Case {
  readonly name: string;
  readonly gold: string;
  readonly pred: string;
  readonly flags: readonly string[];
  readonly text?: boolean;
}

const writeJsonl = (file: string, recs: readonly unknown[]): void =>
  writeFileSync(file, recs.map((r) => JSON.stringify(r) + '\n').join(''));

/** First records of each dev set as small gold files, and perturbed predictions for them. */
function perturbedCases(dir: string): Case[] {
  const sets = [...new Set(DEV_CASES.map(([s]) => s))];
  for (const set of sets) {
    const gold = readJsonl(path.join(DEV, set)).slice(0, PERTURBED_RECORDS);
    writeJsonl(path.join(dir, `${set}.gold.jsonl`), gold);
    writeJsonl(path.join(dir, `${set}.pred.jsonl`), perturbedPredictions(gold));
  }
  return DEV_CASES.map(([set, flags]) => ({
    name: `perturbed ${set} ${flags.join(' ')}`,
    gold: path.join(dir, `${set}.gold.jsonl`),
    pred: path.join(dir, `${set}.pred.jsonl`),
    flags,
  }));
}

/** The built CLI run once over the first records of every dev set; each set scored against that output. */
function realCases(dir: string): Case[] {
  const sets = [...new Set(DEV_CASES.map(([s]) => s))];
  const input: unknown[] = [];
  for (const set of sets) {
    const gold = readJsonl(path.join(DEV, set)).slice(0, REAL_RECORDS);
    writeJsonl(path.join(dir, `${set}.real-gold.jsonl`), gold);
    for (const r of gold)
      input.push({
        id: r.id,
        text: r.text,
        ...(typeof r.dct === 'string' && /^\d{4}-\d{2}-\d{2}/.test(r.dct) ? { published: r.dct.slice(0, 10) } : {}),
      });
  }
  writeJsonl(path.join(dir, 'input.jsonl'), input);
  const out = path.join(dir, 'real');
  const res = runCli([path.join(dir, 'input.jsonl'), '--out', out, '--quiet']);
  if (res.status !== 0) throw new Error(`the CLI failed on the dev slices: ${res.stderr}`);
  const cases: Case[] = DEV_CASES.map(([set, flags]) => ({
    name: `real ${set} ${flags.join(' ')}`,
    gold: path.join(dir, `${set}.real-gold.jsonl`),
    pred: out,
    flags,
  }));
  return [
    ...cases,
    {
      name: 'real polnear text report',
      gold: path.join(dir, 'polnear_dev.jsonl.real-gold.jsonl'),
      pred: out,
      flags: ['--errors', '3'],
      text: true,
    },
  ];
}

/** The reference scorer's output for every case, from one node process. */
function referenceOutputs(dir: string, cases: readonly Case[]): string[] {
  const file = path.join(dir, 'cases.json');
  writeFileSync(
    file,
    JSON.stringify(cases.map((c) => ['--gold', c.gold, '--pred', c.pred, ...(c.text ? [] : ['--json']), ...c.flags])),
  );
  return JSON.parse(
    execFileSync(process.execPath, [path.join(ROOT, 'tests', 'eval-reference.mjs'), REF, file], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    }),
  ) as string[];
}

withRef('eval agrees with shared/eval/score.mjs', () => {
  const fixtureCases: Case[] = [
    [],
    ['--syntactic', 'NAM,PRE.NAM', '--errors', '3'],
    ['--quotes-all', '--date-types', 'all'],
  ].map((flags) => ({ name: `fixtures ${flags.join(' ')}`, gold: GOLD, pred: PRED, flags }));
  fixtureCases.push({ name: 'fixtures text report', gold: GOLD, pred: PRED, flags: ['--errors', '4'], text: true });
  let cases: Case[] = [];
  let refs: string[] = [];

  beforeAll(() => {
    const dir = tempDir('eval');
    cases = [...fixtureCases, ...perturbedCases(dir), ...realCases(dir)];
    refs = referenceOutputs(dir, cases);
  });

  test('on the fixtures, perturbed gold of every dev set and real CLI predictions: same JSON and same report', () => {
    expect(cases.length).toBeGreaterThan(DEV_CASES.length * 2);
    cases.forEach((c, i) => {
      const mine = ours(c.gold, predictionFile(c.pred), c.flags);
      const ref = refs[i] ?? '';
      if (c.text) expect([c.name, formatReport(mine)]).toEqual([c.name, ref]);
      else expect([c.name, roundTrip(mine)]).toEqual([c.name, JSON.parse(ref)]);
    });
  });

  test('the eval command prints the reference report byte for byte', () => {
    const c = cases[cases.length - 1];
    if (!c) throw new Error('no cases');
    expect(runCli(['eval', '--gold', c.gold, '--pred', c.pred, ...c.flags]).stdout).toBe(refs[cases.length - 1]);
  });
});
