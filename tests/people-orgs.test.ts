import { extractNames } from '../src/pipeline/extract/names';
import { resolvePeople } from '../src/pipeline/resolve/people';
import { docFor, expectSpansMatch } from './helpers/doc';

const STAGES = [extractNames, resolvePeople];

/**
 * Organization and product cues (names/5c-org-cues.ts and the document-level pass): one rule per row, with the
 * people and places expected. Each rule has a row where the cue must NOT fire (a person or place stays).
 */
const CASES: readonly { rule: string; input: string; people: readonly string[]; places: readonly string[] }[] = [
  {
    rule: 'kind of organization before the name',
    input: 'Irish national airline Aer Lingus bought new jets.',
    people: [],
    places: [],
  },
  {
    rule: 'maker before the name',
    input: 'The papers came from engine maker Europrop in March.',
    people: [],
    places: [],
  },
  {
    rule: 'a trade noun that also names people is no cue',
    input: 'The paper was bought by publisher Rupert Murdoch.',
    people: ['Rupert Murdoch'],
    places: [],
  },
  {
    rule: '"based" before the name',
    input: 'Los Angeles based Northrop Grumman won the deal.',
    people: [],
    places: ['Los Angeles'],
  },
  { rule: 'possessor of a business noun', input: "Northrop Grumman's shares rose sharply.", people: [], places: [] },
  {
    rule: 'possessor of a non-business noun stays a person',
    input: "Sergei Yastrzhembsky's spokesman declined to comment.",
    people: ['Sergei Yastrzhembsky'],
    places: [],
  },
  {
    rule: 'a country owning business nouns stays a place',
    input: "Germany's factory orders rose in May.",
    people: [],
    places: ['Germany'],
  },
  { rule: 'ticker after the name', input: 'Shares of Kessler Vantor (NYSE: KVT) fell.', people: [], places: [] },
  {
    rule: 'acronym of the initials after the name',
    input: 'Analysts at Kessler Vantor (KV) were upbeat.',
    people: [],
    places: [],
  },
  {
    rule: 'a country code in parentheses is no ticker',
    input: 'It was won by Pete Sampras (U.S.) in straight sets.',
    people: ['Pete Sampras'],
    places: ['U.S.'],
  },
  {
    rule: 'model number and product noun',
    input: 'The jet has four Rolls-Royce Trent 900 engines.',
    people: [],
    places: [],
  },
  {
    rule: 'product noun after the name',
    input: 'Future Apple Macintosh computers will use the new chips.',
    people: [],
    places: [],
  },
  {
    rule: 'a run ending in a title is a role',
    input: 'Steve Jobs, the Apple Chief Executive Officer, spoke first.',
    people: ['Steve Jobs'],
    places: [],
  },
  {
    rule: 'company suffix before a given name',
    input: 'The founder of Apple Inc. Steve Jobs has died.',
    people: ['Steve Jobs'],
    places: [],
  },
  {
    rule: 'organization head word (facility)',
    input: 'It is held at the California Theater in downtown San Jose.',
    people: [],
    places: ['San Jose'],
  },
  {
    rule: 'one organization reading holds for every mention',
    input: 'Irish airline Aer Lingus bought jets. Later Aer Lingus said it was pleased.',
    people: [],
    places: [],
  },
  {
    rule: 'a small town named like an organization of the article is no place',
    input: 'Douglas Aircraft built the plane. It ended the Douglas era.',
    people: [],
    places: [],
  },
  {
    rule: 'a name cut to its first word is a company',
    input: 'The deal went to Lockheed Martin, with Lockheed winning the contest.',
    people: [],
    places: [],
  },
  {
    rule: 'a name cut to its last word stays a person',
    input: 'The deal went to Tegla Loroupe, with Loroupe winning the race.',
    people: ['Tegla Loroupe', 'Loroupe'],
    places: [],
  },
  {
    rule: 'a sentence-initial English word is a person when the article names one with it',
    input: 'Steve Jobs spoke on Monday.\nJobs welcomed everyone.',
    people: ['Steve Jobs', 'Jobs'],
    places: [],
  },
  {
    rule: 'a sentence-initial English word alone is no person',
    input: 'Jobs were lost in the city on Monday.',
    people: [],
    places: [],
  },
  {
    rule: 'an all-caps word known only as a town is an acronym',
    input: 'The GAO upheld the protest on Monday.',
    people: [],
    places: [],
  },
  { rule: 'an all-caps country stays a place', input: 'Talks in the UK ended on Monday.', people: [], places: ['UK'] },
  {
    rule: 'a quoted name is the title of a work',
    input: 'He is best known for the film "Michael Collins" and its sequel.',
    people: [],
    places: [],
  },
  {
    rule: 'a quoted place name is a product',
    input: 'The kernel of the system, "Darwin", is open.',
    people: [],
    places: [],
  },
  {
    rule: 'a quoted nickname stays a person',
    input: 'Thatcher, dubbed the "Iron Lady" by the press, spoke.',
    people: ['Thatcher', 'Iron Lady'],
    places: [],
  },
  {
    rule: 'a shape-only name paired with an organization is one',
    input: 'The contract was fought for between Boeing and Lockheed Martin.',
    people: [],
    places: [],
  },
  {
    rule: 'a given name paired with an organization stays a person',
    input: 'The deal between Boeing and Peter Such collapsed.',
    people: ['Peter Such'],
    places: [],
  },
  {
    rule: 'a corporate-kinship noun after the name ("X parent Y")',
    input: 'Vendrix Olmcott and Zarvik parent Tellun defeated Boeing.',
    people: [],
    places: [],
  },
  {
    rule: 'a kinship noun with a possessive is no cue',
    input: "Anna Petrova's parents live nearby.",
    people: ['Anna Petrova'],
    places: [],
  },
  {
    rule: 'the same words with a company suffix elsewhere make a company',
    input: 'Vendrix Olmcott Corp said on Monday. Later Vendrix Olmcott raised its forecast.',
    people: [],
    places: [],
  },
  {
    rule: 'a titled person keeps the reading despite a namesake company',
    input: 'President Vendrix Olmcott spoke. Vendrix Olmcott Corp shares fell.',
    people: ['Vendrix Olmcott'],
    places: [],
  },
  {
    rule: "an apposition naming a company's rival is a company",
    input: "The papers came from Vendrix Olmcott, Boeing's rival in the bid.",
    people: [],
    places: [],
  },
  {
    rule: "an apposition naming a company's officer stays a person",
    input: "The papers came from Vendrix Olmcott, Boeing's chief engineer.",
    people: ['Vendrix Olmcott'],
    places: [],
  },
  {
    rule: 'a pair-made organization holds for other mentions of the name',
    input: 'Vendrix Olmcott and Boeing bid. Officials said Vendrix Olmcott would win.',
    people: [],
    places: [],
  },
  {
    rule: 'a spaced-hyphen compound is one name, neither half a person',
    input: 'Sales at Tarn - Kopf fell, said retailer Tarn - Kopf.',
    people: [],
    places: [],
  },
  {
    rule: 'a topic before a dash stays apart from the name',
    input: 'Soccer - McCarthy names team to play Liechtenstein.',
    people: ['McCarthy'],
    places: ['Liechtenstein'],
  },
  {
    rule: 'a place before a dash stays apart from the name',
    input: 'Romania - Cosmin Contra, Dorinel Munteanu.',
    people: ['Cosmin Contra', 'Dorinel Munteanu'],
    places: ['Romania'],
  },
  {
    rule: "a spaced apostrophe of an O' surname stays in the name",
    input: "Ryanair CEO, Michael O' Leary, said fares would fall.",
    people: ["Michael O' Leary"],
    places: [],
  },
  {
    rule: 'a region named like an organization stays a place',
    input: 'The California Avocado Commission met. Prices fell in California.',
    people: [],
    places: ['California'],
  },
];

describe('extract/people: organization and product cues', () => {
  test.each(CASES)('$rule', ({ input, people, places }) => {
    const doc = docFor(input, STAGES);
    expectSpansMatch(doc);
    expect(doc.people.map((p) => p.text)).toEqual(people);
    expect(doc.places.map((p) => p.text)).toEqual(places);
  });
});

/** Place names written as part of a currency: never places. */
const CURRENCIES: readonly string[] = [
  'The contract is worth US$40 billion.',
  'Films will retail for around $9.99 US dollars.',
];

describe('extract/places: currencies are no places', () => {
  test.each(CURRENCIES)('%s', (text) => {
    expect(docFor(text, STAGES).places.map((p) => p.text)).toEqual([]);
  });
});
