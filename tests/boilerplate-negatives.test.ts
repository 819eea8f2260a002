import { emptyDoc } from '../src/model/document';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { resolveOptions } from '../src/pipeline/options';

const bodyOf = (text: string): string => {
  const doc = markBody.run(emptyDoc({ id: 't', source: 't', text }), resolveOptions());
  return doc.body.map((s) => text.slice(s.start, s.end)).join('\n');
};

const LONG_A =
  'The regional council approved the budget for the new hospital on Tuesday after a debate that lasted most of the day, with members from every party agreeing that the old building could no longer be repaired.';
const LONG_B =
  'Construction is expected to start next year and to last about four years, during which the existing hospital will keep treating patients while the new wings are built on the land behind it.';
const PAGE = (middle: string): string =>
  `Home\nNews\nSport\nWeather\nSubscribe\n\nHospital plan approved\n\n${LONG_A}\n\n${middle}\n\n${LONG_B}\n\nShare this article\nRelated Articles\nLeave a comment\nCopyright © 2024 The Daily Example\n`;

/** Text that must stay body: each case is a real article line that a careless rule would cut. */
const MUST_STAY: [string, string][] = [
  ['a one-line paragraph between two long ones', 'The vote was unanimous.'],
  ['a short quote paragraph', '“It is about time,” she said.'],
  ['prose that mentions sharing', 'Shares in the builder rose 4 percent after the news.'],
  [
    'prose that mentions subscribers',
    'The hospital newsletter has more than 2,000 subscribers among local doctors, the council said in a statement.',
  ],
  [
    'prose that mentions copyright law',
    'The architects said the design was protected by copyright, and would not publish it.',
  ],
  ['a subheading between paragraphs', 'Four years of building work'],
];

describe('boilerplate negatives: real body text survives', () => {
  it.each(MUST_STAY)('%s', (_why, middle) => {
    const body = bodyOf(PAGE(middle));
    expect(body).toContain(middle);
    expect(body).toContain(LONG_A);
    expect(body).toContain(LONG_B);
    expect(body).not.toContain('Copyright');
    expect(body).not.toContain('Subscribe');
  });

  it('a single sentence is all body', () => {
    expect(bodyOf('Putin met Tokayev in St. Petersburg on Monday.')).toBe(
      'Putin met Tokayev in St. Petersburg on Monday.',
    );
  });

  it('a sentence-per-line article with a results table keeps every line', () => {
    const text =
      'SOCCER - LEADING RESULTS .\nLONDON 1996-08-30\nResults of matches played on Friday :\nArsenal 2 Chelsea 1\nLeeds 0 Everton 0\nLiverpool 3 Wimbledon 1\n';
    expect(bodyOf(text)).toBe(text.trim());
  });

  it('an empty text has no body', () => {
    expect(bodyOf('')).toBe('');
  });
});
