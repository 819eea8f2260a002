import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../src/model/document';
import { extractNames } from '../src/pipeline/extract/names';
import { abbreviates } from '../src/pipeline/extract/names/9a-acronyms';
import { createPipeline } from '../src/pipeline/pipeline';
import { resolveEntities } from '../src/pipeline/resolve/entities';
import { resolvePeople } from '../src/pipeline/resolve/people';
import { readSpans } from '../src/model/read-spans';
import { docFor, expectSpansMatch } from './helpers/doc';

const STAGES = [extractNames, resolvePeople, resolveEntities];
const orgs = (d: Doc): string[] => d.organizations.map((o) => o.text);

/** One evidence kind per row: the organizations expected (as written), and their canonical name and kind. */
const EVIDENCE: readonly { rule: string; input: string; orgs: readonly [string, string, string][] }[] = [
  {
    rule: 'company suffix',
    input: 'Shares of Kessler Vantor Holdings Ltd rose 3 percent on Tuesday.',
    orgs: [['Kessler Vantor Holdings Ltd', 'Kessler Vantor Holdings Ltd', 'company']],
  },
  {
    rule: 'party head',
    input: 'The Labour Party won the seat in the by-election.',
    orgs: [['Labour Party', 'Labour Party', 'party']],
  },
  {
    rule: 'the X of Y',
    input: 'The Ministry of Finance approved the budget late on Friday.',
    orgs: [['Ministry of Finance', 'Ministry of Finance', 'government']],
  },
  {
    rule: 'university head first',
    input: 'Researchers at the University of Cape Town published the study.',
    orgs: [['University of Cape Town', 'University of Cape Town', 'education']],
  },
  {
    rule: 'acronym defined in the text, then used alone',
    input: 'The South African National Roads Agency (Sanral) will appeal. Sanral said the tolls would stay.',
    orgs: [
      ['South African National Roads Agency', 'South African National Roads Agency', 'agency'],
      ['Sanral', 'South African National Roads Agency', 'agency'],
      ['Sanral', 'South African National Roads Agency', 'agency'],
    ],
  },
  {
    rule: 'acronym of a party',
    input: 'The Democratic Alliance (DA) criticised the plan. The DA said it would go to court.',
    orgs: [
      ['Democratic Alliance', 'Democratic Alliance', 'other'],
      ['DA', 'Democratic Alliance', 'other'],
      ['DA', 'Democratic Alliance', 'other'],
    ],
  },
  {
    rule: 'wire service in a dateline',
    input: 'MUMBAI (Reuters) - Indian shares rose on Monday.',
    orgs: [['Reuters', 'Reuters', 'media']],
  },
  {
    rule: 'known organization as a sentence subject',
    input: 'Interfax said the talks had ended without a deal.',
    orgs: [['Interfax', 'Interfax', 'media']],
  },
  {
    rule: 'international body',
    input: 'Leaders of the Eurasian Economic Union met in Minsk on Tuesday.',
    orgs: [['Eurasian Economic Union', 'Eurasian Economic Union', 'international']],
  },
  {
    rule: 'organization inside a role',
    input: 'Kremlin Spokesman Dmitry Peskov declined to comment.',
    orgs: [['Kremlin', 'Kremlin', 'government']],
  },
  {
    rule: 'club suffix',
    input: 'Manchester United signed a new goalkeeper on Monday.',
    orgs: [['Manchester United', 'Manchester United', 'team']],
  },
  {
    rule: 'teams named after places play a result',
    input: 'Michigan State beat Ohio State 24-17 on Saturday.',
    orgs: [
      ['Michigan State', 'Michigan State', 'team'],
      ['Ohio State', 'Ohio State', 'team'],
    ],
  },
  {
    rule: 'an ampersand joins one company',
    input: 'Larsen & Toubro won the contract to build the bridge.',
    orgs: [['Larsen & Toubro', 'Larsen & Toubro', 'company']],
  },
  {
    rule: 'a country acting in an airline story is its airline',
    input:
      'Emirates and Qatar compete for passengers on the route, and airline fares keep falling. Qatar said it would add flights to Mombasa.',
    orgs: [
      ['Emirates', 'Emirates', 'company'],
      ['Qatar', 'Qatar', 'company'],
      ['Qatar', 'Qatar', 'company'],
    ],
  },
  {
    rule: 'nicknames of teams in a sports report, and a team modifying its manager',
    input:
      'The Braves beat the Cubs 5-3 on Sunday in the baseball season opener. Braves manager Bobby Cox praised the pitcher after the innings.',
    orgs: [
      ['Braves', 'Braves', 'team'],
      ['Cubs', 'Cubs', 'team'],
      ['Braves', 'Braves', 'team'],
    ],
  },
  {
    rule: 'a results table makes a sports report; its clubs keep their reading in the note below it',
    input:
      'Results of games played on Thursday:\nCorvan 6 Tellmar 2\nBrisko 2 Wendaro 0\nNote - Corvan and Brisko played two games.',
    orgs: [
      ['Corvan', 'Corvan', 'team'],
      ['Tellmar', 'Tellmar', 'team'],
      ['Brisko', 'Brisko', 'team'],
      ['Wendaro', 'Wendaro', 'team'],
      ['Corvan', 'Corvan', 'team'],
      ['Brisko', 'Brisko', 'team'],
    ],
  },
  {
    rule: 'a word and a city in a sports report, then its first word alone',
    input:
      'Zvezda Saratov must play their next home game behind closed doors after the soccer league match. The coach said Zvezda would appeal the penalty before the season ends.',
    orgs: [
      ['Zvezda Saratov', 'Zvezda Saratov', 'team'],
      ['Zvezda', 'Zvezda', 'team'],
    ],
  },
  {
    rule: '"the" + place + nickname is a team',
    input: 'The Florida Marlins beat the Cincinnati Reds 3-1 for their seventh straight win.',
    orgs: [
      ['Florida Marlins', 'Florida Marlins', 'team'],
      ['Cincinnati Reds', 'Cincinnati Reds', 'team'],
    ],
  },
  {
    rule: 'a name before "newspaper" is a publication',
    input: 'Nouvelliste newspaper said the bomb killed seven people.',
    orgs: [['Nouvelliste', 'Nouvelliste', 'media']],
  },
  {
    rule: 'a party before its MPs',
    input: 'Labour MPs backed the measure by 312 votes to 201.',
    orgs: [['Labour', 'Labour', 'party']],
  },
  {
    rule: "company possessions as modifiers, and a known name's own possessive",
    input: "Harwell stock closed down 1/8 at 40 after Moody's cut its outlook.",
    orgs: [
      ['Harwell', 'Harwell', 'other'],
      ["Moody's", "Moody's", 'company'],
    ],
  },
  {
    rule: 'the name before a corporate title in a role',
    input: 'Velmora CEO Anna Petrak told reporters the results were good.',
    orgs: [['Velmora', 'Velmora', 'other']],
  },
  {
    rule: '"Air" and a country is an airline',
    input: 'About 100 Air France workers marched outside the headquarters.',
    orgs: [['Air France', 'Air France', 'company']],
  },
  {
    rule: 'a kind noun before a list governs every member',
    input: 'Shares in housebuilders Persimmon and Barratt closed higher.',
    orgs: [
      ['Persimmon', 'Persimmon', 'other'],
      ['Barratt', 'Barratt', 'other'],
    ],
  },
  {
    rule: 'a place paired with an airline is an airline',
    input: 'Qatar Airways and Emirates cut fares to London.',
    orgs: [
      ['Qatar Airways', 'Qatar Airways', 'company'],
      ['Emirates', 'Emirates', 'company'],
    ],
  },
];

describe('extract/names: organizations, one evidence kind per row', () => {
  test.each(EVIDENCE)('$rule', ({ input, orgs: expected }) => {
    const doc = docFor(input, STAGES);
    expectSpansMatch(doc);
    expect(doc.organizations.map((o) => [o.text, o.name, o.orgKind])).toEqual(expected);
  });
});

/** The confusions between person, place and organization: what each reading must be. */
const CONFUSIONS: readonly {
  rule: string;
  input: string;
  people: readonly string[];
  places: readonly string[];
  orgs: readonly string[];
}[] = [
  {
    rule: 'sports results table: county names are clubs',
    input:
      'Leicestershire beat Somerset by an innings and 39 runs. Essex, Derbyshire and Surrey all closed in on victory as the wickets fell.',
    people: [],
    places: [],
    orgs: ['Leicestershire', 'Somerset', 'Essex', 'Derbyshire', 'Surrey'],
  },
  {
    rule: 'a venue after "at" stays a place in a sports report',
    input: 'Essex beat Kent by six wickets at Chelmsford after the innings closed.',
    people: [],
    places: ['Chelmsford'],
    orgs: ['Essex', 'Kent'],
  },
  {
    rule: 'national teams stay their country',
    input: 'England beat Pakistan by 107 runs in the first test.',
    people: [],
    places: ['England', 'Pakistan'],
    orgs: [],
  },
  {
    rule: 'a wire service that said is no person',
    input: 'Xinhua said the flood had killed 12 people.',
    people: [],
    places: [],
    orgs: ['Xinhua'],
  },
  {
    rule: '"the Bill" is no person',
    input: 'The Bill would require landlords to register every tenancy.',
    people: [],
    places: [],
    orgs: [],
  },
  {
    rule: 'a byline is a person, never a place',
    input: 'By Jane Smith\nThe council met on Monday.',
    people: ['Jane Smith'],
    places: [],
    orgs: [],
  },
  {
    rule: 'title-case headline fragment is no name',
    input: 'Jury Finds Roof Guilty\nThe jury returned its verdict on Thursday.',
    people: [],
    places: [],
    orgs: [],
  },
  {
    rule: 'an event is no organization',
    input: 'Brazil won the World Cup and the U.S. Open ended on Sunday.',
    people: [],
    places: ['Brazil'],
    orgs: [],
  },
  {
    rule: 'a nationality is no organization',
    input: 'Iraqi officials met Sudanese envoys in Cairo.',
    people: [],
    places: ['Cairo'],
    orgs: [],
  },
];

describe('extract/names: one decision per span between person, place and organization', () => {
  test.each(CONFUSIONS)('$rule', ({ input, people, places, orgs: expected }) => {
    const doc = docFor(input, STAGES);
    expect(doc.people.map((p) => p.text)).toEqual(people);
    expect(doc.places.map((p) => p.text)).toEqual(places);
    expect(orgs(doc)).toEqual(expected);
  });
});

describe('resolve/people: canonical names without occupations, surnames linked', () => {
  test('"Investigator Robert Cornett" is Robert Cornett, role Investigator; "Cornett" links to him', () => {
    const doc = docFor(
      'Investigator Robert Cornett said the fire began in the kitchen. Cornett added that no one was hurt.',
      STAGES,
    );
    expect(doc.people.map((p) => [p.text, p.name, p.role])).toEqual([
      ['Robert Cornett', 'Robert Cornett', 'Investigator'],
      ['Cornett', 'Robert Cornett', null],
    ]);
  });
  test('"Realtor Ghulam" is the Shaun Ghulam of the previous paragraph', () => {
    const doc = docFor(
      'Realtor Shaun Ghulam listed the house in May.\n\nRealtor Ghulam said buyers were cautious.',
      STAGES,
    );
    expect(doc.people.map((p) => [p.text, p.name, p.entity])).toEqual([
      ['Shaun Ghulam', 'Shaun Ghulam', 'P1'],
      ['Ghulam', 'Shaun Ghulam', 'P1'],
    ]);
  });
});

describe('organization entities', () => {
  test('one entity per organization, the acronym and its long form together, in entities.csv order', () => {
    const doc = docFor('The Democratic Alliance (DA) and the Labour Party met. The DA left early.', STAGES);
    expect(doc.organizations.map((o) => o.entity)).toEqual(['O1', 'O1', 'O2', 'O1']);
    expect(doc.entities.filter((e) => e.type === 'organization')).toEqual([
      { id: 'O1', type: 'organization', name: 'Democratic Alliance', roles: [], mentions: 3 },
      { id: 'O2', type: 'organization', name: 'Labour Party', roles: [], mentions: 1 },
    ]);
  });
  test('a headline in capitals does not give the canonical name', () => {
    const doc = docFor(
      'KESSLER VANTOR HOLDINGS LTD PROFIT RISES\nKessler Vantor Holdings Ltd said profit rose.',
      STAGES,
    );
    expect(new Set(doc.organizations.map((o) => o.name))).toEqual(new Set(['Kessler Vantor Holdings Ltd']));
  });
});

describe('acronyms', () => {
  test.each([
    ['CIS', ['Commonwealth', 'of', 'Independent', 'States'], true],
    ['Sanral', ['South', 'African', 'National', 'Roads', 'Agency'], true],
    ['OSCE', ['Organisation', 'for', 'Security', 'and', 'Cooperation', 'in', 'Europe'], true],
    ['BBC', ['Independent', 'Television'], false],
    ['X', ['Xenon', 'Corp'], false],
  ] as [string, string[], boolean][])('%s abbreviates %j: %s', (acronym, words, expected) => {
    expect(abbreviates(acronym, words)).toBe(expected);
  });
});

describe('the corpus article', () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'corpus', 'iria-cis-informal-summit-2022.txt')));
  const doc = createPipeline().run({ id: 'iria', source: 'iria.txt', bytes });
  test('the CIS and its long form are one international organization; the Kremlin is the government', () => {
    const byText = new Map(doc.organizations.map((o) => [o.text, o]));
    expect(byText.get('CIS')).toMatchObject({ name: 'Commonwealth of Independent States', orgKind: 'international' });
    expect(byText.get('Commonwealth of Independent States')?.entity).toBe(byText.get('CIS')?.entity);
    expect(byText.get('Kremlin')).toMatchObject({ name: 'Kremlin', orgKind: 'government' });
    expect(doc.organizations.filter((o) => o.text === 'CIS').length).toBeGreaterThanOrEqual(10);
    expect(doc.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toContain(
      'Commonwealth of Independent States',
    );
  });
  test('no organization is also a person or a place', () => {
    for (const o of doc.organizations)
      for (const m of [...doc.people, ...doc.places]) expect(o.start < m.end && m.start < o.end).toBe(false);
  });
  // A bug fix: the long form of a defined acronym was searched in the whole text, so the page's repeated title and
  // comment prompt (removed boilerplate) gave organization mentions.
  // The headline line is read too (model/read-spans); the title's other copy and the comment prompt not.
  test('every mention lies in the body or the headline, none in removed boilerplate', () => {
    expect(doc.removed.length).toBeGreaterThan(0);
    const inBody = (m: { start: number; end: number }): boolean =>
      readSpans(doc).some((b) => b.start <= m.start && m.end <= b.end);
    for (const list of [doc.people, doc.places, doc.organizations, doc.dates, doc.money, doc.quotes])
      for (const m of list) expect([m.text, inBody(m)]).toEqual([m.text, true]);
  });
});

describe('quote speakers can be organizations', () => {
  test('a speaker that is an organization gets the organization entity name', () => {
    const text =
      'The South African National Roads Agency (Sanral) will appeal the ruling.\n\n"We will not back down," Sanral said on Monday.';
    const doc = createPipeline().run({ id: 'sanral', source: 'test', text });
    const quote = doc.quotes.find((q) => q.text.startsWith('We will'));
    expect(quote?.speaker?.text).toBe('Sanral');
    expect(quote?.speakerName).toBe('South African National Roads Agency');
  });
});
