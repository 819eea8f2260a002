import type { Doc } from '../../model/document';
import type { Stage } from '../stage';

/** Placeholder until the owning work lands; returns the document unchanged. */
export const extractDates: Stage = {
  name: 'extract/dates',
  run(doc: Doc): Doc {
    return doc;
  },
};
