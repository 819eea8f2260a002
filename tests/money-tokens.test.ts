// Money's tokens (extract/money/1-tokens): a view over the document's token table, split by character class and
// joined where money reads one token across shared ones. Cases pin the refinements; properties pin that the view
// covers exactly the table's characters and equals the character scan money used before the table.
import fc from 'fast-check';
import { moneyTokens, startsMoneyToken } from '../src/pipeline/extract/money/1-tokens';
import { extractMoney } from '../src/pipeline/extract/money';
import { scanSentence } from '../src/pipeline/extract/money/8-scan';
import { sentenceTokenRange } from '../src/text/tokens';
import { docFor, sharedTokenChars } from './helpers/doc';
import { workOf } from './helpers/work';

/** Money tokens of every sentence of `text` after segment/, as "kind:text" with a "_" before a token after a gap. */
function viewOf(text: string): string[] {
  const doc = docFor(text, []);
  return doc.sentences.flatMap((_, k) => {
    const [from, to] = sentenceTokenRange(doc.tokens, k);
    return moneyTokens(doc.tokens, text, from, to, false).map((t) => `${t.gap ? '_' : ''}${t.kind}:${t.text}`);
  });
}

describe('extract/money tokens: the shared tokens refined', () => {
  test.each<readonly [string, string, readonly string[]]>([
    ['a sign before a number', 'US$5', ['_word:US', 'sym:$', 'num:5']],
    ['a magnitude glued to a number', '$1.2bn', ['_sym:$', 'num:1.2', 'word:bn']],
    ['separators inside a number', '1,250.50 and 12,34,567.89', ['_num:1,250.50', '_word:and', '_num:12,34,567.89']],
    ['a period after an abbreviation is a sign', 'Rs.1,200', ['_word:Rs', 'sym:.', 'num:1,200']],
    ['a number glued to a word joins across shared tokens', 'Rs1,200', ['_word:Rs', 'num:1,200']],
    ['a word glued to a number', 'USD50', ['_word:USD', 'num:50']],
    [
      'hyphens and apostrophes split words',
      "2,000-dollar O'Brien",
      ['_num:2,000', 'sym:-', 'word:dollar', '_word:O', "sym:'", 'word:Brien'],
    ],
    ['a possessive is letters and a sign', "Putin's $5", ['_word:Putin', "sym:'", 'word:s', '_sym:$', 'num:5']],
    ['dotted letters split', 'U.S. dollars', ['_word:U', 'sym:.', 'word:S', 'sym:.', '_word:dollars']],
    ['a clock time is two numbers', '10:30', ['_num:10', 'sym::', 'num:30']],
    [
      'a final separator is a sign',
      'paid 5, then 6.',
      ['_word:paid', '_num:5', 'sym:,', '_word:then', '_num:6', 'sym:.'],
    ],
    ['a combining mark stays in its word', 'ரூ 500', ['_word:ரூ', '_num:500']],
    ['an emoji is one sign', '💰5', ['_sym:💰', 'num:5']],
  ])('%s: %s', (_why, text, expected) => {
    expect(viewOf(text)).toEqual(expected);
  });

  test('caseless is what the caller found for the sentence', () => {
    const doc = docFor('us $ 150 million', []);
    const [from, to] = sentenceTokenRange(doc.tokens, 0);
    expect(moneyTokens(doc.tokens, doc.text, from, to, true).every((t) => t.caseless)).toBe(true);
    const currency = (t: string): string[] => docFor(t, [extractMoney]).money.map((m) => m.currencyText ?? '');
    expect(currency('It cost us $ 150 million.')).toEqual(['$']);
    expect(currency('it cost us $ 150 million .')).toEqual(['us $']);
  });
});

// Money's tokenizer before the token table (a character scan of each sentence), kept as the reference the view
// must match. The one change on purpose: a character outside the basic plane (an emoji, a rare letter) is one
// character, where the scan saw two halves.
function reference(text: string, start: number, end: number): string[] {
  const digit = (i: number): boolean => i < end && /[0-9]/.test(text[i] ?? '');
  const width = (i: number): number => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
  const letter = (i: number): boolean =>
    i < end && /[\p{L}\p{M}]/u.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  const out: string[] = [];
  let gap = true;
  for (let i = start; i < end;) {
    if (/\s/.test(text[i] ?? '')) {
      gap = true;
      i++;
      continue;
    }
    let j = i;
    let kind = 'sym';
    if (digit(i)) {
      kind = 'num';
      while (digit(j) || (/[,.]/.test(text[j] ?? '') && digit(j - 1) && digit(j + 1))) j++;
    } else if (letter(i)) {
      kind = 'word';
      while (letter(j)) j += width(j);
    } else j += width(i);
    out.push(`${gap ? '_' : ''}${kind}:${text.slice(i, j)}`);
    gap = false;
    i = j;
  }
  return out;
}

const FRAGMENTS = ['Rs', 'US', 'a', 'bn', '1', '200', '5', 'ரூ', 'e\u0301', '😀', '𝐀', '²'];
const MARKS = ['.', ',', ':', '/', '-', "'", '’', '$', '€', '&', ' ', '\n', '. ', "'s", '(', ')'];
const text = fc.array(fc.constantFrom(...FRAGMENTS, ...MARKS), { maxLength: 40 }).map((parts) => parts.join(''));

describe('extract/money tokens: properties', () => {
  test('the view equals the reference scan on every sentence', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docFor(t, []);
        doc.sentences.forEach((s, k) => {
          const [from, to] = sentenceTokenRange(doc.tokens, k);
          const view = moneyTokens(doc.tokens, t, from, to, false).map((m) => `${m.gap ? '_' : ''}${m.kind}:${m.text}`);
          expect(view).toEqual(reference(t, s.start, s.end));
        });
      }),
      { numRuns: 500 },
    );
  });

  test('view tokens cover exactly the characters of the shared tokens; a window edge never cuts one', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docFor(t, []);
        const shared = sharedTokenChars(doc);
        const starts = new Set<number>();
        let covered = 0;
        doc.sentences.forEach((_, k) => {
          const [from, to] = sentenceTokenRange(doc.tokens, k);
          for (const m of moneyTokens(doc.tokens, t, from, to, false)) {
            starts.add(m.start);
            for (let c = m.start; c < m.end; c++) expect(shared.has(c)).toBe(true);
            covered += m.end - m.start;
          }
        });
        expect(covered).toBe(shared.size);
        for (let i = 0; i < doc.tokens.length; i++)
          if (startsMoneyToken(doc.tokens, t, i)) expect(starts.has(doc.tokens.starts[i] ?? -1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a long sentence read in windows gives what each window gives', () => {
    // joined runs ("Rs1,200" across three shared tokens) at every window edge
    const part = 'paid Rs1,200 and US$5bn,about €3-4m; ';
    const long = part.repeat(300);
    const doc = docFor(long, []);
    expect(doc.sentences).toHaveLength(1);
    const one = docFor(part, []);
    const base = scanSentence(part, one.tokens, 0).map((f) => [f.start, f.end, f.rule]);
    const all = scanSentence(long, doc.tokens, 0);
    expect(all).toHaveLength(base.length * 300);
    all.forEach((f, k) => {
      const off = Math.floor(k / base.length) * part.length;
      expect([f.start - off, f.end - off, f.rule]).toEqual(base[k % base.length]);
    });
  });
});

describe('extract/money tokens: linear work', () => {
  // shared tokens money joins across ("Rs1,200" is three), and a run where a window edge may never fall
  test.each([
    ['joined numbers', 'Rs1,2'],
    ['letters and signs', 'a$1.'],
    ['accents', 'e\u0301-'],
  ])('%s: four times the sentence costs about four times the work', (_name, unit) => {
    const small = unit.repeat(2_000);
    const big = small.repeat(4);
    const [a, b] = [docFor(small, []), docFor(big, [])];
    const ratio = workOf(() => scanSentence(big, b.tokens, 0)) / workOf(() => scanSentence(small, a.tokens, 0));
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
  });
});
