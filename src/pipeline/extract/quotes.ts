import type { Doc } from '../../model/document';
import type { Stage } from '../stage';

/** Placeholder until the owning work lands; returns the document unchanged. */
export const extractQuotes: Stage = {
  name: 'extract/quotes',
  run(doc: Doc): Doc {
    return doc;
  },
};
