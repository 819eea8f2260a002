import { emptyDoc } from '../src/model/document';
import type { Doc } from '../src/model/document';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { resolveOptions } from '../src/pipeline/options';

const mark = (text: string): Doc => markBody.run(emptyDoc({ id: 't', source: 't', text }), resolveOptions());
const bodyText = (doc: Doc): string => doc.body.map((s) => doc.text.slice(s.start, s.end)).join('\n');
const reasonOf = (doc: Doc, line: string): string | undefined => {
  const at = doc.text.indexOf(line);
  return doc.removed.find((r) => r.start <= at && at < r.end)?.reason;
};

const PROSE = [
  'The council said on Monday that the new bridge over the river would open in the spring of next year, after two years of delays and a long dispute over its cost.',
  'Engineers told the meeting that the steel for the main span had arrived from the mill in the north and that the work on the piers was almost done for the winter.',
  'Residents who live near the old crossing said they were glad that the traffic in the narrow streets of the town would finally be eased when the bridge opens to cars.',
  'The mayor said that the town would hold a small ceremony on the day the bridge opens, and that the old crossing would be kept as a path for walkers and cyclists.',
];
const MENU = 'Home\nNews\nSport\nWeather\nShare this\nSubscribe to our newsletter\n';
const FOOTER = 'Privacy Policy\nCopyright © 2024 Example News\n';

describe('region: lines the page repeats inside the article', () => {
  // Recipe ingredients, code lines and refrains are repeated by the page (a print view, a summary box) yet are
  // the article's own lines when they sit inside its run.
  const text = `${MENU}\n${PROSE[0] ?? ''}\n\n1 tablespoon ground cinnamon\n\n${PROSE[1] ?? ''}\n\n${PROSE[2] ?? ''}\n\n${FOOTER}\nIngredients\n1 tablespoon ground cinnamon\n`;
  const doc = mark(text);

  it('keeps the repeated line inside the article as body', () => {
    const first = text.indexOf('1 tablespoon ground cinnamon');
    expect(doc.body.some((s) => s.start <= first && first < s.end)).toBe(true);
  });

  it('still removes its copy outside the article', () => {
    const second = text.lastIndexOf('1 tablespoon ground cinnamon');
    expect(doc.body.some((s) => s.start <= second && second < s.end)).toBe(false);
  });
});

describe('region: a comment thread longer than the article', () => {
  const comment = (i: number): string =>
    `Reader ${String(i)}\nI have lived in this town for many years and I think that the new bridge is a waste of the money that the council should have spent on the schools and on the roads in the north.`;
  const thread = Array.from({ length: 12 }, (_, i) => comment(i)).join('\n\n');
  const text = `${MENU}\n${PROSE.join('\n\n')}\n\n${PROSE.join('\n\n').replace(/bridge/g, 'tunnel')}\n\nComments\n\n${thread}\n\n${FOOTER}`;
  const doc = mark(text);

  it('keeps the article, not the comments, as body', () => {
    expect(bodyText(doc)).toContain(PROSE[0]);
    expect(bodyText(doc)).toContain(PROSE[3]);
    expect(bodyText(doc)).not.toContain('waste of the money');
  });

  it('gives the comment heading its reason', () => {
    expect(reasonOf(doc, 'Comments\n')).toBe('comment-prompt');
  });
});

describe('region: a comment count under the headline', () => {
  // "3 Comments" before any prose is a counter, not the start of the readers' section: the article below stays.
  const text = `${MENU}\nBridge opens next spring\n3 Comments\n\n${PROSE.join('\n\n')}\n\n${FOOTER}`;
  it('keeps the article below it', () => {
    const doc = mark(text);
    for (const p of PROSE) expect(bodyText(doc)).toContain(p);
  });
});

describe('classify: a one-line list item or code comment of 65-69 characters', () => {
  // Below jusText's 70 such a line was "short" and, next to the footer, lost to its bad neighbour; as
  // near-good it joins the prose before it.
  const item = 'Keep the lid on the pan so that the chicken stays moist in the oven';
  const text = `${MENU}\n${PROSE.join('\n\n')}\n\n${item}\n${FOOTER}`;
  it('is body at the end of the article, before the footer', () => {
    expect(item.length).toBeGreaterThanOrEqual(65);
    expect(item.length).toBeLessThan(70);
    expect(bodyText(mark(text))).toContain(item);
  });

  it('is not body between two removed lines', () => {
    const menuOnly = `${MENU}\n${item}\nShare this\n\n${PROSE.join('\n\n')}\n\n${FOOTER}`;
    const doc = mark(menuOnly);
    expect(bodyText(doc)).toContain(PROSE[0]);
    expect(bodyText(doc)).not.toContain(item);
  });
});

describe('region: a short story whose last paragraph is one short sentence', () => {
  // Wire stories of four or five 100-200 character paragraphs are all near-good; the byline above and the
  // related-links heading below were the only good/bad neighbours of the closing one-liner, which was dropped.
  const story = [
    'About 7,400 dock workers went on strike on Saturday after talks with the employers broke down late on Friday.',
    'The union said its members walked off the job at 8 a.m. and that the ports would stay closed until a deal.',
    'Talks began in February, and the old contract expired at the end of March without any agreement at all.',
  ];
  const last = 'The last strike at the ports, in 1999, lasted nine days.';
  const text = `${MENU}\nDock workers strike\nBy Jane Roe\nPosted: Jul 01, 2023 11:46 AM\n${story.join('\n\n')}\n\n${last}\n\nRelated Stories\nPorts brace for disruption\nUnion issues notice\n\n${FOOTER}`;
  const doc = mark(text);

  it('keeps the closing sentence in the body', () => {
    expect(bodyText(doc)).toContain(story[0]);
    expect(bodyText(doc)).toContain(last);
  });

  it('still removes the related links and a newsletter blurb after a subscribe heading', () => {
    expect(bodyText(doc)).not.toContain('Ports brace');
    const blurb = `${MENU}\n${story.join('\n\n')}\n\nSubscribe to our newsletter\nGet regular updates on the latest stories and offers from us.\nWe hate spam and you may opt out at any time.\n\nComments\n\n${FOOTER}`;
    expect(bodyText(mark(blurb))).not.toContain('opt out');
  });
});
