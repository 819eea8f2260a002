/**
 * Adapter for chardet (the only module that imports it): the encodings chardet's statistical detectors rank for
 * a byte sample, best first, with confidence 0-100.
 */
import { analyse } from 'chardet';

/** One candidate encoding for a sample. */
export interface EncodingGuess {
  readonly name: string;
  readonly confidence: number;
}

/** chardet's ranking of `sample` (it only reads the bytes; nothing is kept between calls). */
export function guessEncodings(sample: Uint8Array): EncodingGuess[] {
  return analyse(sample).map((m) => ({ name: m.name, confidence: m.confidence }));
}
