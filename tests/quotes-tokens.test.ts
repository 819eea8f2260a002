// The quote passes' tokens (extract/quotes/tokens): a view over the document's token table, split by character
// class and joined where pieces touch. Cases pin the refinements; properties pin that the view never scans text
// the table did not cover, and that it equals the regular expression the quote tokenizer used before the table.
import fc from 'fast-check';
import type { Token } from '../src/pipeline/extract/quotes/tokens';
import { paragraphViews } from '../src/pipeline/extract/quotes/views';
import { emptyDoc } from '../src/model/document';
import { QUOTE_TOKEN_ABBREVIATIONS } from '../src/text/lexicon/abbreviations';
import { docFor, sharedTokenChars } from './helpers/doc';
import { workOf } from './helpers/work';

/** The quote tokens of every paragraph of `text` after segment/. */
function viewOf(text: string): Token[] {
  return paragraphViews(docFor(text, [])).flatMap((v) => [...v.tokens]);
}

describe('extract/quotes tokens: the shared tokens refined', () => {
  test.each<readonly [string, string, readonly string[]]>([
    ['plain words are the shared tokens', 'Putin said no', ['Putin', 'said', 'no']],
    ['a possessive stays on its word', "Putin's aide", ["Putin's", 'aide']],
    ['an ampersand joins', 'AT&T rose', ['AT&T', 'rose']],
    ['hyphens join', 'Kassym-Jomart Tokayev', ['Kassym-Jomart', 'Tokayev']],
    ['a number glued to a word joins', 'a 5bn deal for the G7', ['a', '5bn', 'deal', 'for', 'the', 'G7']],
    ['a hyphenated age is one word', 'the 19-year-old', ['the', '19-year-old']],
    ['a thousands separator splits', 'paid 1,250.50', ['paid', '1', ',', '250.50']],
    ['a clock time splits', 'at 10:30 on 12/05', ['at', '10', ':', '30', 'on', '12', '/', '05']],
    ['a company suffix gives back its period', 'Barnett Banks Inc.', ['Barnett', 'Banks', 'Inc', '.']],
    ['an honorific keeps its period', 'Gov. Mike Pence', ['Gov.', 'Mike', 'Pence']],
    ['an initial keeps its period', 'J. Smith', ['J.', 'Smith']],
    ['U.S. keeps its period', 'the U.S. and e.g. this', ['the', 'U.S.', 'and', 'e.g', '.', 'this']],
    ['dotted letters run on', 'in the U.S.A today', ['in', 'the', 'U.S.A', 'today']],
    ['a period between words joins them', 'see Gov.Mike now', ['see', 'Gov.Mike', 'now']],
    ['a period before a hyphen stays apart', 'a U.S.-led force', ['a', 'U.S.', '-', 'led', 'force']],
    ['a left single quote is a mark', 'Hawai‘i', ['Hawai', '‘', 'i']],
    ['quote marks are their own tokens', '“Yes,” he said.', ['“', 'Yes', ',', '”', 'he', 'said', '.']],
    ['a combining mark stays in its word', 'Zu\u0308rich', ['Zu\u0308rich']],
    ['an emoji is one character', 'ok 😀 fine', ['ok', '😀', 'fine']],
  ])('%s: %s', (_why, text, expected) => {
    const tokens = viewOf(text);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('word flags and the folded apostrophe', () => {
    const [a, b, c] = viewOf('Russia’s army 42');
    expect(a).toMatchObject({ text: 'Russia’s', lower: "russia's", isWord: true, isCap: true });
    expect(b).toMatchObject({ lower: 'army', isWord: true, isCap: false });
    expect(c).toMatchObject({ isWord: true, isCap: false });
    expect(viewOf('“')[0]).toMatchObject({ isWord: false, isCap: false });
  });

  test('a document whose sentences were set by hand is read by paragraph', () => {
    const text = 'He said: “Yes.”';
    const doc = { ...emptyDoc({ id: 't', source: 'test', text }), paragraphs: [{ start: 0, end: text.length }] };
    expect(paragraphViews(doc)[0]?.tokens.map((t) => t.text)).toEqual(['He', 'said', ':', '“', 'Yes', '.', '”']);
  });
});

// The quote tokenizer before the token table (a regular expression over each paragraph), kept as the reference
// the view must match. The one change on purpose: combining marks are word characters, as in the table.
const REFERENCE = /[\p{L}\p{M}\p{N}]+(?:[’'\-.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const DOTTED = QUOTE_TOKEN_ABBREVIATIONS;

function reference(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  let covered = start;
  for (const m of text.slice(start, end).matchAll(REFERENCE)) {
    const s = start + m.index;
    if (s < covered) continue;
    let e = s + m[0].length;
    if (text[e] === '.' && e < end && (DOTTED.has(m[0].toLowerCase()) || /^\p{Lu}$/u.test(m[0]))) e++;
    out.push(`${s}:${text.slice(s, e)}`);
    covered = e;
  }
  return out;
}

/** Text made of the fragments the two tokenizers treat differently. */
const FRAGMENTS = ['Gov', 'Mr', 'st', 'U', 'S', 'a', 'Inc', '5', '1', '200', 'bn', 'e\u0301', '😀', 'é', '²'];
const MARKS = ['.', ',', ':', '/', '-', "'", '’', '‘', '&', '$', '“', '”', ' ', ' ', '\n', '\n\n', '. ', "'s"];
const text = fc.array(fc.constantFrom(...FRAGMENTS, ...MARKS), { maxLength: 40 }).map((parts) => parts.join(''));

describe('extract/quotes tokens: properties', () => {
  test('the view equals the reference tokenizer on every paragraph', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docFor(t, []);
        const views = paragraphViews(doc);
        views.forEach((v) => {
          expect(v.tokens.map((k) => `${k.start}:${k.text}`)).toEqual(reference(t, v.span.start, v.span.end));
        });
      }),
      { numRuns: 500 },
    );
  });

  test('view tokens cover exactly the characters of the shared tokens, and never a space between them', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docFor(t, []);
        const shared = sharedTokenChars(doc);
        const seen = new Set<number>();
        for (const k of viewOf(t))
          for (let c = k.start; c < k.end; c++) {
            expect(shared.has(c)).toBe(true);
            expect(seen.has(c)).toBe(false);
            seen.add(c);
          }
        expect(seen.size).toBe(shared.size);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extract/quotes tokens: linear work', () => {
  // runs the view joins piece by piece: a word joined over thousands of joiners, a long number cut at every comma
  test.each([
    ['joined word', 'a&b-c.d’e'],
    ['cut number', '1,2:3/'],
    ['marks', '“”‘’'],
    ['accents', 'e\u0301x-'],
  ])('%s: four times the paragraph costs about four times the work', (_name, unit) => {
    const small = unit.repeat(2_000);
    const big = small.repeat(4);
    const [a, b] = [docFor(small, []), docFor(big, [])];
    const ratio = workOf(() => paragraphViews(b)) / workOf(() => paragraphViews(a));
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
  });
});
