import { buildIndex } from './build';
import { buildDemonyms } from './demonyms';
import type { GazetteerSnapshot } from '../../src/gazetteer/snapshot-format';
import { encodeSnapshot } from './snapshot-encode';

/**
 * Builds the gazetteer from the installed packages and writes it as a snapshot (see snapshot-format.ts). Only
 * `npm run gazetteer` (tools/update-gazetteer.ts) and the test that checks the committed snapshot call this: the
 * pipeline reads
 * the snapshot and never loads the packages.
 */
export function gazetteerSnapshot(): GazetteerSnapshot {
  return encodeSnapshot(buildIndex(), buildDemonyms());
}
