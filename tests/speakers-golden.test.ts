// Whole-article goldens for who said what (tests/fixtures/speakers, see its README): every listed quote must be
// found and attributed to the expected speaker. Change expected.json only on purpose, after reading the diff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyDoc } from '../src/model/document';
import { resolveOptions } from '../src/pipeline/options';
import { DEFAULT_STAGES } from '../src/pipeline/presets';
import { runStages } from '../src/pipeline/stage';
import { expectSpansMatch } from './helpers/doc';

const DIR = path.join(__dirname, 'fixtures', 'speakers');
const EXPECTED = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  [string, string][]
>;

describe('speaker goldens', () => {
  test.each(Object.keys(EXPECTED))('%s', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const doc = runStages(emptyDoc({ id: file, source: file, text }), DEFAULT_STAGES, resolveOptions({}));
    expectSpansMatch(doc);
    const got = (EXPECTED[file] ?? []).map(([start]) => [
      start,
      doc.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? 'MISSING',
    ]);
    expect(got).toEqual(EXPECTED[file]);
  });
});
