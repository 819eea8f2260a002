import { PARSERS } from '../src/text/dates/parsers';
import { extractDates } from '../src/pipeline/extract/dates';
import { referenceDate } from '../src/pipeline/normalize/reference-date';
import { docFor } from './helpers/doc';
import { workOf } from './helpers/work';

/** Pathological inputs: one endless "sentence" dense with date-like tokens, digits and modifiers. */
const CHUNKS = [
  'December 26-27, 2022 and ',
  'the end of the beginning of early late mid-',
  '1 2 3 4 5 6 7 8 9 10 11 12 ',
  'from March to May 2021 between 2019 and 2021 ',
  'nineteen ninety-six two thousand and one ',
  '12/26/2022 2022-12-26 3-1 555-1234 v2.1.3 ',
  'last next this the past the coming week month year ',
];

function text(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += CHUNKS[i % CHUNKS.length];
  return out;
}

function workOfRun(input: string): number {
  return workOf(() => docFor(input, [referenceDate, extractDates], { published: '2022-12-27' }));
}

/** How much more work four times the input costs: linear is about 4, quadratic 16 (work counted, not timed). */
function growth(small: string, large: string): number {
  return workOfRun(large) / Math.max(1, workOfRun(small));
}

/** Between linear (4) and quadratic (16). */
const GROWTH_LIMIT = 6;

describe('extract/dates: linear work', () => {
  test('work grows linearly with a pathological input (10 KB -> 40 KB)', () => {
    expect(growth(text(10_000), text(40_000))).toBeLessThan(GROWTH_LIMIT);
  });

  test.each([
    ['digits and dashes', (n: number): string => '1-'.repeat(n) + '2022'],
    ['a month name repeated', (n: number): string => 'December '.repeat(n)],
  ])('%s: four times the input takes about four times the work', (_name, make) => {
    expect(growth(make(2_500), make(10_000))).toBeLessThan(GROWTH_LIMIT);
  });
});

describe('extract/dates: triggers keep parsers off sentences without their cue', () => {
  // Each parser's pattern runs only on sentences its trigger passes; a trigger as broad as "to" or "min" would run
  // the clock-word and duration patterns on nearly every sentence of the news (counted, not timed).
  const ordinary = [
    'The minister said today that he wanted to go back to Monday talks with the security council.',
    'Officials refused to comment on the report before the vote, according to the statement.',
    'Some residents returned to their homes in the morning after the storm passed.',
  ];
  const passing = (sentence: string): string[] => PARSERS.filter((p) => p.trigger.test(sentence)).map((p) => p.name);

  test.each(ordinary)('%s', (sentence) => {
    const names = passing(sentence);
    expect(names).not.toContain('clock-words');
    expect(names).not.toContain('duration');
  });

  test('the same parsers still run where their cue stands', () => {
    expect(passing('The meeting ended at half past three.')).toContain('clock-words');
    expect(passing('He woke at 4 in the morning.')).toContain('clock-words');
    expect(passing('Talks lasted 3.5years and then two days more.')).toContain('duration');
    expect(passing('It took an hour and a half.')).toContain('duration');
  });
});
