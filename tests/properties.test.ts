// Hostile text: whatever the input, the pipeline neither throws nor crashes a stage, and every mention is an exact
// slice of the text. Bounded runs so the file stays within seconds.
import fc from 'fast-check';
import { wellFormed } from '../src/pipeline/ingest/surrogates';
import type { Doc } from '../src/model/document';
import type { TextSpan } from '../src/model/span';
import { createPipeline } from '../src/pipeline/pipeline';

const pipeline = createPipeline({ referenceDate: '2022-12-27' });

/**
 * Fragments that break naive text code: astral, combining, RTL and bidi controls, zero-width, controls, lone
 * surrogates.
 */
const HOSTILE = [
  '😀',
  '𝔸𝔹',
  '👩‍👩‍👧',
  'e\u0301',
  '\u0300\u0301\u0302',
  'שלום',
  'مرحبا',
  '\u202E',
  '\u200F',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\r',
  '\r\n',
  '\t',
  '\n\n',
  '\u2028',
  '\uD800',
  '\uDC00',
  '\u00A0',
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  "'",
  '’',
  '‘',
  '`',
  '0',
  '12',
  '3.5',
  '1,000',
  '$',
  '€',
  '£',
  '%',
  'A',
  'THE',
  'Mr.',
  '...',
  '—',
  '-',
  '(',
  ')',
  '[',
  '/',
  ' ',
  'said',
  'Maria Schmidt',
  'President Omar Haddad',
  'Paris',
  'in Nairobi',
  'on May 5, 2021',
  'last Tuesday',
  '$5 million',
  '€3.5bn',
  'according to',
  '"We will," he said.',
  'Ms. Okafor told reporters',
  '. ',
];

/** One character repeated: long runs of quotes, digits, capitals and punctuation. */
const RUN_CHARS = ['"', '“', "'", '1', '9', 'A', 'Z', '.', ',', '!', '?', '-', '—', '(', ' ', '\n', '$', '€'];

function checkDoc(given: string, doc: Doc): void {
  // Lone surrogates become U+FFFD at ingest, one code unit for one: same length, same offsets (issue 21).
  const text = wellFormed(given);
  expect(doc.text.length).toBe(given.length);
  expect(doc.text).toBe(text);
  const crashed = doc.messages.filter((m) => m.ruleId === 'stage-crashed');
  expect(crashed.map((m) => m.message)).toEqual([]);
  const spans: TextSpan[] = [...doc.people, ...doc.places, ...doc.dates, ...doc.quotes, ...doc.money];
  for (const q of doc.quotes) for (const s of [q.speaker, q.cue]) if (s) spans.push(s);
  for (const m of spans) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

function runOn(text: string): void {
  let doc: Doc | undefined;
  expect(() => {
    doc = pipeline.run({ id: 'prop', source: 'prop', text });
  }).not.toThrow();
  if (doc) checkDoc(text, doc);
}

test('any Unicode string (astral planes included): no throw, no crashed stage, exact spans', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), runOn), { numRuns: 60, seed: 9 });
});

test('news-like text laced with hostile fragments', () => {
  const text = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 120 }).map((parts) => parts.join(''));
  fc.assert(fc.property(text, runOn), { numRuns: 80, seed: 10 });
});

test('long runs of quotes, digits, capitals and punctuation inside prose', () => {
  const run = fc.tuple(fc.constantFrom(...RUN_CHARS), fc.integer({ min: 50, max: 1500 })).map(([c, n]) => c.repeat(n));
  const text = fc
    .tuple(fc.constantFrom(...HOSTILE), run, fc.constantFrom(...HOSTILE))
    .map((p) => `President Omar Haddad said ${p.join(' ')} in Paris.`);
  fc.assert(fc.property(text, runOn), { numRuns: 25, seed: 11 });
});

test('a 1 MB line', () => {
  const unit = 'the minister said on may 5 that 3 of 10 plans would cost 4 units; ';
  runOn(unit.repeat(Math.ceil(1_000_000 / unit.length)));
}, 60_000);
