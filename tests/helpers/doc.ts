import type { Doc } from '../../src/model/document';
import { emptyDoc } from '../../src/model/document';
import type { PipelineOptions } from '../../src/pipeline/options';
import { resolveOptions } from '../../src/pipeline/options';
import { segmentText } from '../../src/pipeline/segment/sentences';
import type { Stage } from '../../src/pipeline/stage';
import { runStages } from '../../src/pipeline/stage';

/**
 * A document whose whole text is body, segmented, then run through `stages` (for extractor unit tests that
 * should not depend on boilerplate rules).
 */
export function docFor(
  text: string,
  stages: readonly Stage[],
  options: Partial<PipelineOptions> & { published?: string } = {},
): Doc {
  const { published, ...rest } = options;
  const doc = emptyDoc({ id: 't', source: 'test', text, inputPublished: published ?? null });
  return runStages(doc, [segmentText, ...stages], resolveOptions(rest));
}

/** Every mention's text equals the slice of the document text at its offsets. */
export function expectSpansMatch(doc: Doc): void {
  for (const list of [doc.people, doc.places, doc.organizations, doc.dates, doc.quotes, doc.money])
    for (const m of list) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(doc.text.length);
      expect(m.start).toBeLessThan(m.end);
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    }
}

/** Every character offset that lies inside one of the document's shared tokens (for the token-view properties). */
export function sharedTokenChars(doc: Doc): ReadonlySet<number> {
  const chars = new Set<number>();
  for (let i = 0; i < doc.tokens.length; i++)
    for (let c = doc.tokens.starts[i] ?? 0; c < (doc.tokens.ends[i] ?? 0); c++) chars.add(c);
  return chars;
}
