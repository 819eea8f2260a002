// text/lexicon: the one word-list module. These tests pin how its lists relate, so a word added to one list and
// forgotten in another shows up here rather than as a quiet disagreement between extractors.
import {
  ABBREVIATIONS,
  ABBREVIATIONS_BY_KIND,
  FINAL_CAPABLE_ABBREVIATIONS,
  QUOTE_TOKEN_ABBREVIATIONS,
  TOKEN_ABBREVIATIONS,
} from '../src/text/lexicon/abbreviations';
import { CALENDAR_WORDS, MONTHS, WEEKDAYS } from '../src/text/lexicon/calendar';
import { ORG_HEADS } from '../src/text/lexicon/organizations';
import { ATTRIBUTION_VERBS, SPEECH_VERBS } from '../src/text/lexicon/speech-verbs';
import { HONORIFICS, ROLE_MODIFIERS, SPEAKER_ROLE_NOUNS, TITLES } from '../src/text/lexicon/titles';
import { NON_FINAL_ABBREVIATIONS } from '../src/pipeline/segment/rules';
import * as names from '../src/pipeline/extract/names/words';
import * as cues from '../src/pipeline/extract/quotes/cues';

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((w) => !b.has(w)).sort();
const lists = {
  ABBREVIATIONS,
  FINAL_CAPABLE_ABBREVIATIONS,
  TOKEN_ABBREVIATIONS,
  QUOTE_TOKEN_ABBREVIATIONS,
  CALENDAR_WORDS,
  ORG_HEADS,
  ATTRIBUTION_VERBS,
  SPEECH_VERBS,
  HONORIFICS,
  ROLE_MODIFIERS,
  SPEAKER_ROLE_NOUNS,
  TITLES,
};

describe('text/lexicon', () => {
  test.each(Object.entries(lists))('%s is lower case, without blanks or a final period', (_, list) => {
    expect(list.size).toBeGreaterThan(0);
    for (const w of list) expect(w).toMatch(/^[a-z][a-z.'-]*$/);
    for (const w of list) expect(w.endsWith('.')).toBe(false);
  });

  test('each abbreviation has exactly one kind', () => {
    const seen = new Map<string, string>();
    for (const [kind, words] of Object.entries(ABBREVIATIONS_BY_KIND))
      for (const w of words) {
        expect([w, seen.get(w)]).toEqual([w, undefined]);
        seen.set(w, kind);
      }
  });

  test('every derived abbreviation list is part of the one list', () => {
    for (const sub of [FINAL_CAPABLE_ABBREVIATIONS, TOKEN_ABBREVIATIONS, QUOTE_TOKEN_ABBREVIATIONS])
      expect(minus(sub, ABBREVIATIONS)).toEqual([]);
    expect(minus(QUOTE_TOKEN_ABBREVIATIONS, TOKEN_ABBREVIATIONS)).toEqual(['u.k', 'u.n', 'u.s']); // names read them as acronyms
  });

  test('tokens keep no month period (calendar lists compare "jan" bare)', () => {
    for (const m of ABBREVIATIONS_BY_KIND.month) expect(TOKEN_ABBREVIATIONS.has(m)).toBe(false);
    for (const m of ABBREVIATIONS_BY_KIND.month) expect(CALENDAR_WORDS.has(m)).toBe(true);
  });

  test('the sentence splitter, names and quotes read the lexicon itself, not copies', () => {
    expect(NON_FINAL_ABBREVIATIONS).toBe(ABBREVIATIONS);
    expect(names.ABBREVIATIONS).toBe(TOKEN_ABBREVIATIONS);
    expect(names.CALENDAR).toBe(CALENDAR_WORDS);
    expect(names.TITLES).toBe(TITLES);
    expect(names.HONORIFICS).toBe(HONORIFICS);
    expect(names.ORG_HEADS).toBe(ORG_HEADS);
    expect(names.SPEECH_VERBS).toBe(ATTRIBUTION_VERBS);
    expect(cues.SPEECH_VERBS).toBe(SPEECH_VERBS);
    expect(cues.ROLE_NOUNS).toBe(SPEAKER_ROLE_NOUNS);
  });

  test('calendar words: months and weekdays are all there', () => {
    expect(MONTHS.size).toBe(12);
    expect(WEEKDAYS.size).toBe(7);
    for (const w of [...MONTHS, ...WEEKDAYS]) expect(CALENDAR_WORDS.has(w)).toBe(true);
    for (const w of WEEKDAYS) expect(cues.TIME_WORDS.has(w) && cues.TIME_NOUNS.has(w)).toBe(true);
  });

  test('attribution verbs are speech verbs, except the noun-like -s forms and "deny" (documented in speech-verbs.ts)', () => {
    expect(minus(ATTRIBUTION_VERBS, SPEECH_VERBS)).toEqual([
      'claims',
      'comments',
      'denied',
      'denies',
      'states',
      'urges',
    ]);
  });

  test('role modifiers are titles; honorifics are not title words', () => {
    expect(minus(ROLE_MODIFIERS, TITLES)).toEqual(['then']);
    expect([...HONORIFICS].filter((w) => TITLES.has(w))).toEqual([]);
  });

  test('honorific abbreviations are HONORIFICS (so a kept period never glues an unknown title into a name)', () => {
    expect(minus(ABBREVIATIONS_BY_KIND.honorific, HONORIFICS)).toEqual([]);
    expect([...ABBREVIATIONS_BY_KIND.style].filter((w) => HONORIFICS.has(w))).toEqual([]);
    expect([...TOKEN_ABBREVIATIONS].filter((w) => ABBREVIATIONS_BY_KIND.style.has(w))).toEqual([]);
  });
});
