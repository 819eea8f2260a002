// Issue 21: hostile articles the library must survive, each a case: empty pages, deep nesting, pages too large for
// Readability, lone surrogates, formula-like cells, bad option values.
import { extract } from '../src/pipeline/pipeline';
import { htmlToText, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS } from '../src/pipeline/ingest/html';
import { pageBlocks } from '../src/pipeline/ingest/html/blocks';
import { parseHtml } from '../src/adapters/dom';
import { escapeFormula } from '../src/pipeline/emit/csv';
import { pipelineOptions } from '../src/cli/pipeline-args';
import { OptionError } from '../src/pipeline/options';
import { articleJsonLine } from '../src/pipeline/emit/json';
import { csvRows } from '../src/contract';

const rules = (d: { messages: readonly { ruleId: string }[] }): string[] => d.messages.map((m) => m.ruleId);

describe('1. extract() never throws for bad input', () => {
  test.each([
    ['empty', ''],
    ['a comment', '<!-- nothing -->'],
    ['whitespace', ' \n\t'],
    ['a doctype alone', '<!DOCTYPE html>'],
  ])('HTML that is %s: an empty article with a message', (_n, html) => {
    const doc = extract({ id: 'h', source: 'test', html });
    expect(doc.text).toBe('');
    expect(rules(doc)).toEqual(['empty-article']);
  });

  test('empty HTML bytes (a .html file) are the same', () => {
    const doc = extract({ id: 'h', source: 'test', bytes: new Uint8Array(0), format: 'html' });
    expect(rules(doc)).toEqual(['empty-article']);
  });

  test('anything ingest cannot read becomes a fatal ingest-crashed message, not an exception', () => {
    const hostile = {
      id: 'x',
      source: 'test',
      get html(): string {
        throw new Error('boom');
      },
    };
    const doc = extract(hostile);
    expect(doc.messages).toEqual([
      expect.objectContaining({ ruleId: 'ingest-crashed', severity: 'fatal', source: 'ingest' }),
    ]);
  });
});

describe('2, 3. deep and large pages: no stack overflow, Readability only below its caps', () => {
  test('12,000 nested divs: read without recursion, Readability skipped with a warning', () => {
    const html =
      '<html><body>' + '<div>'.repeat(12_000) + '<p>Deep text here.</p>' + '</div>'.repeat(12_000) + '</body></html>';
    const out = htmlToText(html);
    expect(out.text).toBe('Deep text here.');
    expect(out.messages.map((m) => m.ruleId)).toEqual(['readability-skipped']);
  });

  test('unclosed inline tags (a fragment with no <html>): the whole document is walked, the same', () => {
    const html = '<p>' + '<div><span><b><i>word '.repeat(3_000);
    const out = htmlToText(html);
    expect(out.text.match(/word/g)).toHaveLength(3_000);
    expect(out.messages[0]?.message).toMatch(/nest \d+ deep/);
  });

  test('the walk reports depth and element count; pages at the caps still go to Readability', () => {
    const shape = { elements: 0, maxDepth: 0 };
    const doc = parseHtml('<html><body>' + '<div>'.repeat(50) + 'x' + '</div>'.repeat(50) + '</body></html>');
    pageBlocks(doc.documentElement!, shape);
    expect(shape).toEqual({ elements: 52, maxDepth: 51 });
    expect(MAX_READABILITY_DEPTH).toBeGreaterThanOrEqual(100);
    expect(MAX_READABILITY_ELEMENTS).toBeGreaterThanOrEqual(20_000);
    expect(htmlToText('<p>One.</p><p>Two.</p>').text).toBe('One.\n\nTwo.');
    const page =
      '<html><body><article>' +
      '<div>'.repeat(60) +
      '<p>' +
      'The minister said the talks would continue. '.repeat(30) +
      '</p>' +
      '</div>'.repeat(60) +
      '</article></body></html>';
    expect(htmlToText(page).messages).toEqual([]);
  });

  test('a page with more elements than the cap is read whole, with the warning', () => {
    const html = '<html><body>' + '<span>a</span>'.repeat(MAX_READABILITY_ELEMENTS + 10) + '</body></html>';
    expect(htmlToText(html).messages[0]?.message).toMatch(/elements \(over/);
  });
});

test('Readability failing on a malformed page is a warning and the page text is kept', () => {
  const out = htmlToText('<p>' + '<div><span>word '.repeat(30));
  expect(out.text.match(/word/g)).toHaveLength(30);
});

describe('16. lone surrogates: replaced at ingest one code unit for one, with a warning, so every output agrees', () => {
  test('text, id and title', () => {
    const text = 'Mayor Ruth Walker\ud800 said in Lima that \udfffthe bridge would open.';
    const doc = extract({ id: 'a\ud800', source: 'test', text, title: 'T\udc00' });
    expect(doc.text.length).toBe(text.length);
    expect(doc.text).toBe(text.replace(/[\ud800-\udfff]/g, '\uFFFD'));
    expect(doc.id).toBe('a\uFFFD');
    expect(doc.title).toBe('T\uFFFD');
    expect(doc.messages.filter((m) => m.ruleId === 'lone-surrogate')).toEqual([
      expect.objectContaining({ severity: 'warning', span: { start: 17, end: 18 } }),
    ]);
    // The JSON line and the CSV cells carry the same characters.
    expect(articleJsonLine(doc)).not.toMatch(/\\ud[89a-f]/i);
    for (const row of csvRows(doc, 'people'))
      for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(/[\ud800-\udfff]/u);
  });

  test('a well-formed pair is kept', () => {
    const doc = extract({ id: 'e', source: 'test', text: 'Rain 🌧 fell in Leeds.' });
    expect(doc.text).toBe('Rain 🌧 fell in Leeds.');
    expect(rules(doc)).not.toContain('lone-surrogate');
  });
});

describe('19. formula escaping: whatever any spreadsheet may run as a formula', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['\n=cmd|x', "'\n=cmd|x"],
    ['  =1', "'  =1"],
    ['\u3000@SUM(A1)', "'\u3000@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    ['\tplain', "'\tplain"],
    ['\r\n+1', "'\r\n+1"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    [' plain', ' plain'],
  ])('%j -> %j', (cell, out) => {
    expect(escapeFormula(cell)).toBe(out);
  });
});

describe('17. option values are checked against the calendar and ISO 4217 (usage errors)', () => {
  const args = (date: string | undefined, currency = 'USD') => ({
    'reference-date': date,
    'day-first': false,
    'default-currency': currency,
  });
  test.each(['2022-13-45', '2022-02-30', '2021-02-29', '2022-00-10', '22-01-01'])('--reference-date %s', (d) => {
    expect(() => pipelineOptions(args(d))).toThrow(OptionError);
    expect(() => pipelineOptions(args(d))).toThrow(/--reference-date must be a calendar day/);
  });
  test.each(['2024-02-29', '2022-12-31'])('--reference-date %s is fine', (d) => {
    expect(pipelineOptions(args(d)).referenceDate).toBe(d);
  });
  test.each(['ZZZ', 'usd', 'US', 'DOLLAR'])('--default-currency %s', (c) => {
    expect(() => pipelineOptions(args(undefined, c))).toThrow(/--default-currency must be an ISO 4217 currency code/);
  });
  test('--default-currency EUR is fine', () => {
    expect(pipelineOptions(args(undefined, 'EUR')).defaultCurrency).toBe('EUR');
  });
});
