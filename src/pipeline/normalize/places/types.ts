import type { GazetteerEntry } from '../../../gazetteer';
import type { PlaceMention } from '../../../model/mentions';

/** A place mention with every gazetteer reading of its name, likeliest first. */
export interface Candidate {
  readonly mention: PlaceMention;
  /** The folded name the readings were found under ('' when none were). */
  readonly key: string;
  readonly readings: readonly GazetteerEntry[];
}

/** What the article says about where its places are. */
export interface Evidence {
  /** Supporting mentions per country code, by the name key that gave them (so a name can leave itself out). */
  readonly support: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Regions the article names (their likeliest reading), for cities that lie in them. */
  readonly regions: readonly GazetteerEntry[];
}

/** The reading chosen for one mention, and the rule that chose it. */
export interface Choice {
  readonly entry: GazetteerEntry | null;
  readonly rule: string;
}
