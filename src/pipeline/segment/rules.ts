// The abbreviation lists live in text/lexicon/abbreviations (one list shared with the tokenizers).
export {
  ABBREVIATIONS as NON_FINAL_ABBREVIATIONS,
  FINAL_CAPABLE_ABBREVIATIONS,
} from '../../text/lexicon/abbreviations';

/** Lines longer than this that end without sentence punctuation are treated as hard-wrapped prose, not paragraphs. */
export const HARD_WRAP_MIN_LINE = 60;
