// Whole pasted pages in the style of real outlets (US, UK, India, Nigeria, South Africa, Australia, wire services,
// German and Chilean pages): each page runs through ingest, boilerplate, segmentation and reference-date, and its
// `published` must be the date the page shows as its own, or null for the negatives (page furniture only).
import fs from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../src/pipeline/pipeline';
import { DEFAULT_STAGES } from '../src/pipeline/presets';

interface Case {
  readonly file: string;
  readonly published: string | null;
  readonly why: string;
}

const DIR = path.join(__dirname, 'fixtures', 'published');
const CASES = JSON.parse(fs.readFileSync(path.join(DIR, 'cases.json'), 'utf8')) as Case[];
/** The stages up to and including the reference date: what decides `published`. */
const UNTIL_REFERENCE = DEFAULT_STAGES.slice(
  0,
  DEFAULT_STAGES.findIndex((s) => s.name === 'normalize/reference-date') + 1,
);
const pipeline = createPipeline({}, UNTIL_REFERENCE);

describe('publication date of whole pasted pages', () => {
  test('the stages end with normalize/reference-date', () => {
    expect(UNTIL_REFERENCE[UNTIL_REFERENCE.length - 1]?.name).toBe('normalize/reference-date');
  });

  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const text = fs.readFileSync(path.join(DIR, c.file), 'utf8');
    const doc = pipeline.run({ id: c.file, source: c.file, text });
    expect({ why: c.why, published: doc.reference?.date ?? null }).toEqual({ why: c.why, published: c.published });
    if (c.published !== null) expect(doc.reference?.source).toBe('dateline');
  });
});
