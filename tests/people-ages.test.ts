import { ENTITY, MENTION_CONTRACTS } from '../src/contract/article';
import { extract } from '../src/pipeline/pipeline';
import { statedAge } from '../src/pipeline/resolve/people/ages';
import { columnsOf } from '../src/contract/fields';

/** One form per row: the text, the person mention, the age phrase as written and its TimeML duration. */
const CASES: readonly { form: string; input: string; person: string; written: string; value: string }[] = [
  {
    form: 'bare number in commas',
    input: 'Amara Diallo, 34, a nurse from Kano, said the clinic had closed.',
    person: 'Amara Diallo',
    written: '34',
    value: 'P34Y',
  },
  {
    form: 'bare number ending the sentence',
    input: 'The car was driven by Peter Mills, 41. He was not hurt.',
    person: 'Peter Mills',
    written: '41',
    value: 'P41Y',
  },
  {
    form: 'bare number before "of"',
    input: 'Helen Marsh, 52 of Leeds, was charged on Tuesday.',
    person: 'Helen Marsh',
    written: '52',
    value: 'P52Y',
  },
  {
    form: 'aged',
    input: 'Coach Ivan Petrov, aged 61, praised his side after the match.',
    person: 'Ivan Petrov',
    written: 'aged 61',
    value: 'P61Y',
  },
  {
    form: 'age at death',
    input: 'The designer Marta Lindqvist, who died aged 88, was buried in Uppsala.',
    person: 'Marta Lindqvist',
    written: 'aged 88',
    value: 'P88Y',
  },
  {
    form: 'at the age of',
    input: 'Danish composer Tomas Berg died at the age of seventy-four on Sunday.',
    person: 'Tomas Berg',
    written: 'at the age of seventy-four',
    value: 'P74Y',
  },
  {
    form: 'age adjective in an apposition',
    input: '"We were told nothing," said Tunde Bakare, a 58-year-old trader.',
    person: 'Tunde Bakare',
    written: '58-year-old',
    value: 'P58Y',
  },
  {
    form: 'age adjective before the name, with a noun between',
    input: 'Her colleague, 29-year-old midwife Grace Okafor, agreed.',
    person: 'Grace Okafor',
    written: '29-year-old',
    value: 'P29Y',
  },
  {
    form: 'months, in words',
    input: 'Rescuers lifted six-month-old Leo Brandt from the rubble.',
    person: 'Leo Brandt',
    written: 'six-month-old',
    value: 'P6M',
  },
  {
    form: 'weeks, spaced',
    input: 'Doctors said 3 week old Maya Chen was stable.',
    person: 'Maya Chen',
    written: '3 week old',
    value: 'P3W',
  },
];

/** Numbers next to a name that are not its age. */
const NEGATIVES: readonly { why: string; input: string }[] = [
  { why: 'a list of scores after a name', input: 'The judges gave Anna Kowalski, 65, 70 and 80 in the three rounds.' },
  { why: 'a goal minute written as an ordinal', input: 'Jonas Weber scored in the 65th minute.' },
  { why: 'a number past any human age', input: 'Rita Gomes, 150, Main Street, is the address on the form.' },
  { why: 'an age adjective far from the name', input: 'A 40-year-old man was arrested. Later, Mark Dunn spoke.' },
  { why: 'a year after the name', input: 'Mark Dunn, 2019, was the title of the exhibition.' },
  { why: 'a cricket score past any bare age', input: 'Luke Fairbrother, 112, put on a stand of 150 with the tail.' },
  { why: 'a substitution minute in a team sheet', input: 'Ireland: 15 - Conor Nash (Eoin Brady, 71), 14 - Rory Hale.' },
  { why: 'a tally in parentheses', input: 'Tries: Niall Foley (2), Peter Quinn. Penalties: Quinn (3).' },
  { why: 'two ages after a couple', input: 'Sarah and Timothy Hale, 27 and 29 years old, were rescued.' },
  { why: 'the age of a thing before a name', input: 'Reporters read a 25-year-old court file on Donald Marsh.' },
];

function personWith(input: string, person: string) {
  const doc = extract({ id: 't', source: 't', text: input, published: '2024-05-06' });
  const m = doc.people.find((p) => p.text === person);
  return { doc, m };
}

describe('ages stated next to a person (resolve/people)', () => {
  test.each(CASES)('$form', ({ input, person, written, value }) => {
    const { doc, m } = personWith(input, person);
    expect(m?.age).toBe(value);
    expect(m?.ageSpan?.text).toBe(written);
    expect(doc.text.slice(m?.ageSpan?.start, m?.ageSpan?.end)).toBe(written);
    expect(doc.entities.find((e) => e.id === m?.entity)?.age).toBe(value);
  });

  test.each(NEGATIVES)('no age: $why', ({ input }) => {
    const doc = extract({ id: 't', source: 't', text: input, published: '2024-05-06' });
    expect(doc.people.filter((p) => p.age !== undefined).map((p) => [p.text, p.age])).toEqual([]);
  });

  test('a later mention of the same person carries its own age and the entity keeps the first', () => {
    const { doc } = personWith(
      'Nadia Farouk, 45, won the vote. Farouk, who turned 46 in May, said little.',
      'Nadia Farouk',
    );
    const ages = doc.people.map((p) => [p.text, p.age ?? null]);
    expect(ages).toEqual([
      ['Nadia Farouk', 'P45Y'],
      ['Farouk', null],
    ]);
    expect(doc.entities.find((e) => e.type === 'person')?.age).toBe('P45Y');
  });

  test('statedAge reads only the words next to the span it is given', () => {
    const text = 'Mark Dunn, 44, arrived.';
    expect(statedAge(text, { start: 0, end: 9 })?.value).toBe('P44Y');
    expect(statedAge(text, { start: 15, end: 22 })).toBeNull();
  });
});

describe('age columns', () => {
  test('people.csv appends age after the shared published columns; entities.csv ends with age', () => {
    const people = MENTION_CONTRACTS.person.columns.map((c) => c.name);
    expect(people.slice(-3)).toEqual(['published', 'published_source', 'age']);
    expect(
      columnsOf(ENTITY)
        .map((c) => c.name)
        .slice(-1),
    ).toEqual(['age']);
  });

  test('the JSON record writes age and ageSpan only when the text states an age', () => {
    const { m } = personWith('Amara Diallo, 34, said the clinic had closed.', 'Amara Diallo');
    const record = m ? MENTION_CONTRACTS.person.write(m) : {};
    expect(record.age).toBe('P34Y');
    expect(record.ageSpan).toEqual({ start: 14, end: 16, text: '34' });
    const { m: none } = personWith('Amara Diallo said the clinic had closed.', 'Amara Diallo');
    expect(none ? Object.keys(MENTION_CONTRACTS.person.write(none)) : []).not.toContain('age');
  });
});
