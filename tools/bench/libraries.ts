// The bare-library passes the pipeline is compared with, through the project's adapters (their only importers).
import { compromiseSpans } from '../../src/adapters/compromise';
import { winkAnalyse } from '../../src/adapters/wink';

/** compromise as a whole-article NER would use it: nlp(text) with .people() and .places(). */
export function compromisePass(text: string): unknown {
  return compromiseSpans(text, ['people', 'places']);
}

/** wink-nlp's full readDoc with entities(). */
export function winkPass(text: string): unknown {
  return winkAnalyse(text);
}
