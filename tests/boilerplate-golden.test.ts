import * as fs from 'fs';
import * as path from 'path';
import type { Doc } from '../src/model/document';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { ingest } from '../src/pipeline/ingest/ingest';
import { resolveOptions } from '../src/pipeline/options';

/**
 * Golden page cases: tests/fixtures/pages/<case>/{input.txt|input.html, expected.json}. Add one with
 * scripts/add-page-case.js.
 */
interface Expected {
  why: string;
  title: string | null;
  date: string | null;
  byline: string | null;
  body: string[];
  removed: { reason: string; text: string }[];
}

const ROOT = path.join(__dirname, 'fixtures', 'pages');
const cases = fs.readdirSync(ROOT).filter((d) => fs.existsSync(path.join(ROOT, d, 'expected.json')));

function run(dir: string): Doc {
  const input = fs.readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`no input file in ${dir}`);
  const raw = fs.readFileSync(path.join(dir, input), 'utf8');
  const options = resolveOptions();
  const article = /\.html?$/.test(input)
    ? { id: 'case', source: 'case', html: raw }
    : { id: 'case', source: 'case', text: raw };
  return markBody.run(ingest(article, options), options);
}

describe('boilerplate golden pages', () => {
  it('has the cases the issue asks for', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['corpus-iria', 'text-news-page', 'html-news-page', 'html-time-element']),
    );
  });

  it.each(cases)('%s matches expected.json', (name) => {
    const dir = path.join(ROOT, name);
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    expect(expected.why.length).toBeGreaterThan(20);
    const doc = run(dir);
    expect(doc.title).toBe(expected.title);
    expect(doc.meta.date).toBe(expected.date);
    expect(doc.meta.byline).toBe(expected.byline);
    expect(doc.body.map((s) => doc.text.slice(s.start, s.end))).toEqual(expected.body);
    expect(doc.removed.map((s) => ({ reason: s.reason, text: doc.text.slice(s.start, s.end) }))).toEqual(
      expected.removed,
    );
  });
});

describe('the corpus article', () => {
  const doc = run(path.join(ROOT, 'corpus-iria'));
  const removed = (reason: string): string[] =>
    doc.removed.filter((r) => r.reason === reason).map((r) => doc.text.slice(r.start, r.end));
  const body = doc.body.map((s) => doc.text.slice(s.start, s.end)).join('\n');

  it('keeps the repeated title as the title, out of the body', () => {
    expect(doc.title).toBe('Putin hosts the leaders from the Commonwealth of Independent States in Russia');
    expect(removed('repeated-title')).toHaveLength(2);
  });

  it('removes every piece of page furniture the issue lists, each with its reason', () => {
    expect(removed('comment-prompt')).toEqual([expect.stringContaining('No Comments on'), 'Leave a comment']);
    expect(removed('image-credit')).toEqual(['(Image Credit: Moscowtimes)']);
    expect(removed('related-articles')).toEqual(['Related Articles']);
    expect(removed('copyright')).toEqual(['Copyright © 2024 IRIA - International Relations Insights & Analysis']);
    expect(removed('publisher-blurb')).toEqual([expect.stringMatching(/^IRIA is a research institute/)]);
    expect(removed('subscribe')).toEqual(['Subscribe to IRIA News', 'Enter your email address:']);
    expect(removed('back-to-top')).toEqual(['Back to Top']);
  });

  it('keeps all eleven article paragraphs and nothing of the boilerplate in the body', () => {
    expect(body).toMatch(/^Leaders from the nine Commonwealth/);
    expect(body).toMatch(/with President Vladimir Putin\.$/);
    expect(body).toContain('Kazakhstan President Kassym-Jomart Tokayev said');
    for (const bad of ['IRIA', 'Asia-Pacific', 'Copyright', 'Image Credit', 'Back to Top'])
      expect(body).not.toContain(bad);
  });
});
