import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as api from '../src/index';
import { articleRecord, createPipeline, extract } from '../src/index';
import type { ArticleRecord, Doc, PersonRecord } from '../src/index';
import { ROOT } from './check-helpers';

/** The public runtime names (types are erased). Adding one is a decision: update this list and the README. */
const EXPORTED = [
  'DEFAULT_OPTIONS',
  'DEFAULT_STAGES',
  'OptionError',
  'articleRecord',
  'compareSpans',
  'contains',
  'createPipeline',
  'emptyDoc',
  'extract',
  'insideAny',
  'message',
  'overlaps',
  'spanMatches',
  'textSpan',
  'trimSpan',
];

describe('public API', () => {
  test('exports exactly the pinned names', () => {
    expect(Object.keys(api).sort()).toEqual(EXPORTED);
  });

  test('the built package entry (package.json "main") exports the same names', () => {
    const main = process.env.NEWS_EXTRACT_CLI
      ? path.join(path.dirname(path.resolve(process.env.NEWS_EXTRACT_CLI)), 'index.js')
      : path.join(ROOT, 'dist', 'index.js');
    if (!existsSync(main)) throw new Error(`${main} not built: run npm run build`);
    expect(Object.keys(require(main) as object).sort()).toEqual(EXPORTED);
  });

  test('the README example: extract one article, read typed mentions, get the JSONL record', () => {
    const doc: Doc = extract(
      'Kazakhstan President Kassym-Jomart Tokayev met Vladimir Putin in St. Petersburg on December 26, 2022.',
      { referenceDate: '2022-12-27' },
    );
    const rec: ArticleRecord = articleRecord(doc);
    expect(rec.id).toBe('article');
    expect(rec.text).toBe(doc.text);
    for (const p of rec.people as readonly PersonRecord[]) expect(rec.text.slice(p.start, p.end)).toBe(p.text);
    expect(Object.keys(rec)).toEqual([
      'id',
      'source',
      'url',
      'title',
      'published',
      'publishedSource',
      'publishedConfidence',
      'format',
      'text',
      'body',
      'removed',
      'people',
      'places',
      'organizations',
      'dates',
      'quotes',
      'money',
      'entities',
      'messages',
    ]);
    expect(rec.published).toBe('2022-12-27');
  });

  test('createPipeline validates options once and runs many articles', () => {
    expect(() => createPipeline({ defaultCurrency: 'dollars' })).toThrow(api.OptionError);
    const pipeline = createPipeline({ referenceDate: '2022-12-27' });
    const docs = ['One text.', 'Another text.'].map((text, i) => pipeline.run({ id: `a${i}`, source: 'memory', text }));
    expect(docs.map((d) => d.id)).toEqual(['a0', 'a1']);
  });
});
