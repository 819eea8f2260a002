// The bare-library passes the pipeline is compared with, through the project's adapters (their only importers).
import { compromiseSpans } from '../../src/adapters/compromise';
import { winkAnalyse } from '../../src/adapters/wink';
import { timeOver } from './measure';
import type { PassTimes } from './measure';

/** compromise as a whole-article NER would use it: nlp(text) with .people() and .places(). */
export function timeCompromise(texts: readonly string[], warmUp: readonly string[]): PassTimes {
  return timeOver(texts, warmUp, (t) => compromiseSpans(t, ['people', 'places']));
}

/** wink-nlp's full readDoc with entities(). */
export function timeWink(texts: readonly string[], warmUp: readonly string[]): PassTimes {
  return timeOver(texts, warmUp, (t) => winkAnalyse(t));
}
