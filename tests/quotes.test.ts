import type { QuoteMention } from '../src/model/mentions';
import { extractQuotes } from '../src/pipeline/extract/quotes';
import { docFor, expectSpansMatch } from './helpers/doc';

function quotesOf(text: string): readonly QuoteMention[] {
  const doc = docFor(text, [extractQuotes]);
  expectSpansMatch(doc);
  return doc.quotes;
}

interface Case {
  readonly why: string;
  readonly text: string;
  /** Expected quotes in offset order: text, kind, speaker text (null: none), cue text, utterance. */
  readonly quotes: readonly [string, 'direct' | 'indirect', string | null, string | null, string][];
}

const CASES: readonly Case[] = [
  {
    why: 'speaker and cue after the quote',
    text: '“We will win this election,” he said.',
    quotes: [['We will win this election,', 'direct', 'he', 'said', 'Q1']],
  },
  {
    why: 'inverted cue and speaker',
    text: '"We will win this election," said Mayor Jane Smith.',
    quotes: [['We will win this election,', 'direct', 'Mayor Jane Smith', 'said', 'Q1']],
  },
  {
    why: 'colon introduction',
    text: 'Tokayev said: “More than 80 major events were held this year.”',
    quotes: [['More than 80 major events were held this year.', 'direct', 'Tokayev', 'said', 'Q1']],
  },
  {
    why: 'description with "added that"',
    text: 'The Kazakhstan president added that “Our joint efforts are reflected in the documents.”',
    quotes: [
      ['Our joint efforts are reflected in the documents.', 'direct', 'The Kazakhstan president', 'added', 'Q1'],
    ],
  },
  {
    why: 'interrupted quote: one utterance, two parts',
    text: '“We will win,” the spokesman said, “and we will win by a large margin.”',
    quotes: [
      ['We will win,', 'direct', 'the spokesman', 'said', 'Q1'],
      ['and we will win by a large margin.', 'direct', 'the spokesman', 'said', 'Q1'],
    ],
  },
  {
    why: 'multi-paragraph quote: the first paragraph does not close, the next re-opens',
    text: 'Smith said: “The first paragraph of the quote is here.\n\n“The second paragraph ends the quote.”\n\nThen the meeting ended.',
    quotes: [
      ['The first paragraph of the quote is here.', 'direct', 'Smith', 'said', 'Q1'],
      ['The second paragraph ends the quote.', 'direct', 'Smith', 'said', 'Q1'],
    ],
  },
  {
    why: 'partial quote inside a paraphrase, with the paraphrase as reported speech',
    text: 'He called the deal “a disaster” on Monday.',
    quotes: [
      ['the deal “a disaster” on Monday', 'indirect', 'He', 'called', 'Q1'],
      ['a disaster', 'direct', 'He', 'called', 'Q1'],
    ],
  },
  {
    why: 'guillemets',
    text: 'Macron said: «We will not give up on this reform.»',
    quotes: [['We will not give up on this reform.', 'direct', 'Macron', 'said', 'Q1']],
  },
  {
    why: 'apostrophes inside the quote never close it',
    text: 'Tokayev said “the organization’s authority grew in Russia’s view this year.”',
    quotes: [['the organization’s authority grew in Russia’s view this year.', 'direct', 'Tokayev', 'said', 'Q1']],
  },
  {
    why: 'dash source line',
    text: '“Maybe we can build a wall around him.” ― Steve Quinlan',
    quotes: [['Maybe we can build a wall around him.', 'direct', 'Steve Quinlan', '―', 'Q1']],
  },
  {
    why: 'single-quoted headline quote',
    text: '‘We will not back down from this fight,’ says Putin',
    quotes: [['We will not back down from this fight,', 'direct', 'Putin', 'says', 'Q1']],
  },
  {
    why: 'speaker with an apposition',
    text: '“It is an invasion of the state domain,” Scott Pruitt, the attorney general of Oklahoma, said.',
    quotes: [['It is an invasion of the state domain,', 'direct', 'Scott Pruitt', 'said', 'Q1']],
  },
  {
    why: 'tokenized text with spaced straight quotes',
    text: '" We will win this election , " he said .',
    quotes: [['We will win this election ,', 'direct', 'he', 'said', 'Q1']],
  },
  {
    why: "archive style: '' for both marks",
    text: "''It has the important virtue of being fiscally responsible,'' Leonard Burman said.",
    quotes: [['It has the important virtue of being fiscally responsible,', 'direct', 'Leonard Burman', 'said', 'Q1']],
  },
  {
    why: "PTB style: `` and ''",
    text: "``We will win this election,'' he said.",
    quotes: [['We will win this election,', 'direct', 'he', 'said', 'Q1']],
  },
  {
    why: 'bare noun clause after "said"',
    text: 'Johnson said local election officials should protect their systems.',
    quotes: [['local election officials should protect their systems', 'indirect', 'Johnson', 'said', 'Q1']],
  },
  {
    why: 'a full quote with nobody named still comes out',
    text: '“This is a standalone quote without anyone.”',
    quotes: [['This is a standalone quote without anyone.', 'direct', null, null, 'Q1']],
  },
  {
    why: 'reported speech with "that"',
    text: 'Russian President Putin stated that this sort of dialogue demonstrates the desire for cooperation.',
    quotes: [
      [
        'this sort of dialogue demonstrates the desire for cooperation',
        'indirect',
        'Russian President Putin',
        'stated',
        'Q1',
      ],
    ],
  },
  {
    why: 'reported speech with a particle cue',
    text: 'Putin pointed out that trade might exceed $100 billion.',
    quotes: [['trade might exceed $100 billion', 'indirect', 'Putin', 'pointed out', 'Q1']],
  },
  {
    why: 'reported speech without "that"',
    text: 'Kremlin Spokesman Dmitry Peskov stated no such meeting took place in St. Petersburg.',
    quotes: [
      ['no such meeting took place in St. Petersburg', 'indirect', 'Kremlin Spokesman Dmitry Peskov', 'stated', 'Q1'],
    ],
  },
  {
    why: 'pronoun speaker with an adverb before the cue',
    text: 'He also noted that deepening cooperation serves their interests.',
    quotes: [['deepening cooperation serves their interests', 'indirect', 'He', 'noted', 'Q1']],
  },
  {
    why: 'listener between the cue and the content',
    text: 'Smith told reporters that the plan was dead.',
    quotes: [['the plan was dead', 'indirect', 'Smith', 'told', 'Q1']],
  },
  {
    why: 'attribution at the end of the sentence',
    text: 'The talks will resume next week, officials said.',
    quotes: [['The talks will resume next week', 'indirect', 'officials', 'said', 'Q1']],
  },
  {
    why: '"according to" before the content',
    text: 'According to the spokesman, the talks will resume next week.',
    quotes: [['the talks will resume next week', 'indirect', 'the spokesman', 'According to', 'Q1']],
  },
  {
    why: '"according to" after the content',
    text: 'The talks will resume next week, according to the Kremlin.',
    quotes: [['The talks will resume next week', 'indirect', 'the Kremlin', 'according to', 'Q1']],
  },
  {
    why: 'inverted cue with a role between names',
    text: '“We will win the state,” said MSNBC host Chris Matthews.',
    quotes: [['We will win the state,', 'direct', 'MSNBC host Chris Matthews', 'said', 'Q1']],
  },
  {
    why: 'coordinated verbs: the subject of the sentence speaks',
    text: 'I laughed and said, “I do not believe in the devil at all.”',
    quotes: [['I do not believe in the devil at all.', 'direct', 'I', 'said', 'Q1']],
  },
  {
    why: 'a fragment in an active clause is its subject’s (after an opening adverbial)',
    text: 'In July, Gingrich dismissed Estonia as a “suburb” in a speech.',
    quotes: [
      ['Estonia as a “suburb” in a speech', 'indirect', 'Gingrich', 'dismissed', 'Q1'],
      ['suburb', 'direct', 'Gingrich', 'dismissed', 'Q1'],
    ],
  },
  {
    why: 'a quote inside a clause belongs to its subject',
    text: 'Trump is promising lower taxes and “jobs, jobs, jobs,” his aides say.',
    quotes: [['jobs, jobs, jobs,', 'direct', 'his aides', 'say', 'Q1']],
  },
  {
    why: 'a quote opening a sentence takes the previous sentence’s speaker',
    text: 'Smith said the plan had failed. “We are sad about it.”',
    quotes: [
      ['the plan had failed', 'indirect', 'Smith', 'said', 'Q1'],
      ['We are sad about it.', 'direct', 'Smith', 'said', 'Q2'],
    ],
  },
  {
    why: 'straight and curly marks typed inconsistently still pair',
    text: '"Oz has a huge bully pulpit,” said David Gorski.',
    quotes: [['Oz has a huge bully pulpit,', 'direct', 'David Gorski', 'said', 'Q1']],
  },
  {
    why: 'a quote inside reported speech shares its utterance',
    text: 'Sanders said that for young people “the real unemployment rate is 51 percent.”',
    quotes: [
      ['for young people “the real unemployment rate is 51 percent.”', 'indirect', 'Sanders', 'said', 'Q1'],
      ['the real unemployment rate is 51 percent.', 'direct', 'Sanders', 'said', 'Q1'],
    ],
  },
  {
    why: 'a cue after a full quote does not also make reported speech',
    text: '"The debate is rigged against me," Trump said this month on CNBC.',
    quotes: [['The debate is rigged against me,', 'direct', 'Trump', 'said', 'Q1']],
  },
];

describe('extract/quotes: patterns', () => {
  test.each(CASES)('$why', ({ text, quotes }) => {
    const got = quotesOf(text).map((q) => [
      q.text,
      q.quoteKind,
      q.speaker?.text ?? null,
      q.cue?.text ?? null,
      q.utterance,
    ]);
    expect(got).toEqual(quotes);
  });

  test('every mention records its stage and rule', () => {
    const [q] = quotesOf('“We will win this election,” he said.');
    expect(q?.stage).toBe('extract/quotes');
    expect(q?.rule).toBe('speaker-cue-after');
    expect(q?.speakerName).toBeNull();
  });

  test('utterances are numbered by first start', () => {
    const text =
      '“We will win the vote,” he said. The talks will resume next week, officials said. “Nobody is giving up now,” she added.';
    expect(quotesOf(text).map((q) => q.utterance)).toEqual(['Q1', 'Q2', 'Q3']);
  });
});
