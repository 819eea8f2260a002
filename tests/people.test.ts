import { extractNames } from '../src/pipeline/extract/names';
import { resolvePeople } from '../src/pipeline/resolve/people';
import { docFor, expectSpansMatch } from './helpers/doc';

const STAGES = [extractNames, resolvePeople];

/** One rule per row: the input, the person mention expected (its text), canonical name and role. */
const CASES: readonly { rule: string; input: string; text: string; name: string; role: string | null }[] = [
  {
    rule: 'title before name',
    input: 'Russian President Vladimir Putin hosted the summit.',
    text: 'Vladimir Putin',
    name: 'Vladimir Putin',
    role: 'Russian President',
  },
  {
    rule: 'Title of Place Name',
    input: 'He met President of Belarus Alexander Lukashenko on Monday.',
    text: 'Alexander Lukashenko',
    name: 'Alexander Lukashenko',
    role: 'President of Belarus',
  },
  {
    rule: 'two-word title of place',
    input: 'Talks with Prime Minister of Armenia Nikol Pashinyan ended.',
    text: 'Nikol Pashinyan',
    name: 'Nikol Pashinyan',
    role: 'Prime Minister of Armenia',
  },
  {
    rule: 'sentence-initial occupation (arts)',
    input: 'Composer Tomas Berg died on Sunday in Malmo.',
    text: 'Tomas Berg',
    name: 'Tomas Berg',
    role: 'Composer',
  },
  {
    rule: 'sentence-initial occupation (press)',
    input: 'Journalist Ana Ruiz was detained at the airport.',
    text: 'Ana Ruiz',
    name: 'Ana Ruiz',
    role: 'Journalist',
  },
  {
    rule: 'sentence-initial occupation (sport)',
    input: 'Fullback Pieter Nel scored the opening try.',
    text: 'Pieter Nel',
    name: 'Pieter Nel',
    role: 'Fullback',
  },
  {
    rule: 'organization before title',
    input: 'Kremlin Spokesman Dmitry Peskov stated no such meeting took place.',
    text: 'Dmitry Peskov',
    name: 'Dmitry Peskov',
    role: 'Kremlin Spokesman',
  },
  {
    rule: 'hyphenated given name',
    input: 'Kazakhstan President Kassym-Jomart Tokayev said the talks went well.',
    text: 'Kassym-Jomart Tokayev',
    name: 'Kassym-Jomart Tokayev',
    role: 'Kazakhstan President',
  },
  {
    rule: 'honorific',
    input: 'The report was written by Dr. Amara Okonkwo-Bell last year.',
    text: 'Amara Okonkwo-Bell',
    name: 'Amara Okonkwo-Bell',
    role: 'Dr.',
  },
  {
    rule: 'courtesy title marks a name but is no role',
    input: 'Later Mr. Okonkwo left the room.',
    text: 'Okonkwo',
    name: 'Okonkwo',
    role: null,
  },
  {
    rule: 'abbreviated military title',
    input: 'The operation was led by Gen. Tomasz Wierzbicki of the army.',
    text: 'Tomasz Wierzbicki',
    name: 'Tomasz Wierzbicki',
    role: 'Gen.',
  },
  {
    rule: 'given name from the list',
    input: 'Later that day Peter Such took four wickets.',
    text: 'Peter Such',
    name: 'Peter Such',
    role: null,
  },
  {
    rule: 'initial and surname',
    input: 'Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296.',
    text: 'P. Simmons',
    name: 'P. Simmons',
    role: null,
  },
  {
    rule: 'unknown foreign name',
    input: 'The race was won by Tegla Loroupe of Kenya.',
    text: 'Tegla Loroupe',
    name: 'Tegla Loroupe',
    role: null,
  },
  {
    rule: 'name particle',
    input: 'The album by Ludwig van Beethoven was reissued.',
    text: 'Ludwig van Beethoven',
    name: 'Ludwig van Beethoven',
    role: null,
  },
  {
    rule: 'role noun before name',
    input: 'The goal came from striker Alan Shearer in the first half.',
    text: 'Alan Shearer',
    name: 'Alan Shearer',
    role: 'striker',
  },
  {
    rule: 'surname in compromise lexicon with a speech verb',
    input: 'Reporters waited outside. Later Clinton said he would sign.',
    text: 'Clinton',
    name: 'Clinton',
    role: null,
  },
  {
    rule: 'unknown single word with a speech verb',
    input: '"We are ready," Geraghty said on Friday.',
    text: 'Geraghty',
    name: 'Geraghty',
    role: null,
  },
  {
    rule: 'initial split from its surname by the sentence splitter',
    input: 'Glamorgan 259 (A. Dale 69, H. Morris 69).',
    text: 'A. Dale',
    name: 'A. Dale',
    role: null,
  },
  {
    rule: 'age apposition',
    input: 'Police arrested Kwame Mensah-Boateng, 34, on Friday.',
    text: 'Kwame Mensah-Boateng',
    name: 'Kwame Mensah-Boateng',
    role: null,
  },
];

describe('extract/people: one rule per case', () => {
  test.each(CASES)('$rule', ({ input, text, name, role }) => {
    const doc = docFor(input, STAGES);
    expectSpansMatch(doc);
    const m = doc.people.find((p) => p.text === text);
    expect(m).toBeDefined();
    expect({ start: m?.start, name: m?.name, role: m?.role }).toEqual({ start: input.indexOf(text), name, role });
  });
});

describe('extract/people: boundaries', () => {
  test('possessive gives the bare name', () => {
    const doc = docFor("Yesterday Vladimir Putin's office denied it.", STAGES);
    expect(doc.people.map((p) => p.text)).toEqual(['Vladimir Putin']);
  });

  test('a surname alone is a person once the full name was seen, with the full name', () => {
    const doc = docFor('Nasser Hussain scored 158. Later, Hussain was out for a duck.', STAGES);
    expect(doc.people.map((p) => [p.text, p.name, p.entity])).toEqual([
      ['Nasser Hussain', 'Nasser Hussain', 'P1'],
      ['Hussain', 'Nasser Hussain', 'P1'],
    ]);
  });

  test('undecided members of a list of people are people', () => {
    const doc = docFor('The team is: Shay Given, Breen, Staunton, Denis Irwin, McAteer.', STAGES);
    expect(doc.people.map((p) => p.text)).toEqual(['Shay Given', 'Breen', 'Staunton', 'Denis Irwin', 'McAteer']);
  });

  test('"Title of Place Name" also gives the place', () => {
    const doc = docFor('He met President of Belarus Alexander Lukashenko on Monday.', STAGES);
    expect(doc.places.map((p) => p.text)).toEqual(['Belarus']);
  });

  test('all-caps headline words are people only when the body names them', () => {
    const doc = docFor('CRICKET - HUSSAIN HITS CENTURY.\nNasser Hussain struck 158 on Friday.', STAGES);
    expect(doc.people.map((p) => p.text)).toEqual(['HUSSAIN', 'Nasser Hussain']);
  });
});
