import type { Doc } from '../src/model/document';
import type { PersonMention } from '../src/model/mentions';
import { resolveOptions } from '../src/pipeline/options';
import { extractQuotes } from '../src/pipeline/extract/quotes';
import { resolveSpeakers } from '../src/pipeline/resolve/speakers';
import { docFor } from './helpers/doc';

/** A person mention built by hand: the `nth` occurrence of `text`, with its entity's canonical name and role. */
function person(doc: Doc, text: string, name: string, role: string | null, entity: string, nth = 0): PersonMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.text.indexOf(text, at + 1);
  if (at < 0) throw new Error(`test setup: ${text} not in text`);
  return { kind: 'person', start: at, end: at + text.length, text, name, role, entity, stage: 'test', rule: 'hand' };
}

type PersonSpec = readonly [text: string, name: string, role: string | null, entity: string, nth?: number];

function resolved(text: string, people: readonly PersonSpec[]): [string | null, string | null][] {
  const doc = docFor(text, [extractQuotes]);
  const withPeople = { ...doc, people: people.map(([t, n, r, e, nth]) => person(doc, t, n, r, e, nth)) };
  return resolveSpeakers
    .run(withPeople, resolveOptions({}))
    .quotes.map((q) => [q.speaker?.text ?? null, q.speakerName]);
}

const TOKAYEV: PersonSpec = ['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', 'President of Kazakhstan', 'P1'];

describe('resolve/speakers', () => {
  test('a speaker span overlapping a person takes its canonical name', () => {
    const text = 'Kazakhstan President Kassym-Jomart Tokayev said “More than 80 major events were held this year.”';
    expect(resolved(text, [['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', 'Kazakhstan President', 'P1']])).toEqual([
      ['Kazakhstan President Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
    ]);
  });

  test('a surname mention gives the full canonical name', () => {
    const text = 'Vladimir Putin arrived. Putin pointed out that trade might exceed $100 billion.';
    expect(
      resolved(text, [
        ['Vladimir Putin', 'Vladimir Putin', null, 'P1'],
        ['Putin', 'Vladimir Putin', null, 'P1', 1],
      ]),
    ).toEqual([['Putin', 'Vladimir Putin']]);
  });

  test('a description is matched against the roles of earlier people', () => {
    const text =
      'President of Kazakhstan Kassym-Jomart Tokayev attended. The Kazakhstan president added that “Our joint efforts are reflected in the documents.”';
    expect(resolved(text, [TOKAYEV])).toEqual([['The Kazakhstan president', 'Kassym-Jomart Tokayev']]);
  });

  test('the role match prefers the person sharing more words, then the most recent', () => {
    const text =
      'President of Belarus Alexander Lukashenko and President of Kazakhstan Kassym-Jomart Tokayev met. The Belarus president said that the meeting went well.';
    const people: PersonSpec[] = [
      ['Alexander Lukashenko', 'Alexander Lukashenko', 'President of Belarus', 'P1'],
      TOKAYEV,
    ];
    expect(resolved(text, people)).toEqual([['The Belarus president', 'Alexander Lukashenko']]);
  });

  test('he/she resolve to the most recent person before them', () => {
    const text =
      'CIS Executive Committee chief Sergei Lebedev was present. He noted that such a summit will give impetus to cooperation.';
    expect(resolved(text, [['Sergei Lebedev', 'Sergei Lebedev', 'CIS Executive Committee', 'P1']])).toEqual([
      ['He', 'Sergei Lebedev'],
    ]);
  });

  test('"the spokesman" resolves through the role', () => {
    const text =
      'Kremlin Spokesman Dmitry Peskov met reporters. “No such meeting took place in the city,” the spokesman said.';
    expect(resolved(text, [['Dmitry Peskov', 'Dmitry Peskov', 'Kremlin Spokesman', 'P1']])).toEqual([
      ['the spokesman', 'Dmitry Peskov'],
    ]);
  });

  test('an organization speaks under its own name', () => {
    expect(resolved('The talks will resume next week, the Kremlin said.', [])).toEqual([['the Kremlin', 'Kremlin']]);
  });

  test('a person inside a "for" phrase is not the speaker', () => {
    const text = 'A spokesman for Hillary Clinton said that the campaign would respond on Monday.';
    expect(resolved(text, [['Hillary Clinton', 'Hillary Clinton', null, 'P1']])).toEqual([
      ['A spokesman for Hillary Clinton', null],
    ]);
  });

  test('no person and no capitalized name: speakerName stays null', () => {
    expect(resolved('The talks will resume next week, officials said.', [])).toEqual([['officials', null]]);
    expect(resolved('“This is a standalone quote without anyone.”', [])).toEqual([[null, null]]);
  });

  test('parts of an interrupted quote share the resolved name', () => {
    const text = 'Jane Smith spoke. “We will win,” she said, “and we will win by a large margin.”';
    expect(resolved(text, [['Jane Smith', 'Jane Smith', null, 'P1']])).toEqual([
      ['she', 'Jane Smith'],
      ['she', 'Jane Smith'],
    ]);
  });
});
