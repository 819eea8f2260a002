// The evaluator: a typed port of the reference scorer shared/eval/score.mjs (same rules, same numbers).
export { scoreRecords } from './score';
export { formatReport } from './report';
export { evalOptions, EvalOptionError, EVAL_TYPES } from './options';
export type { EvalOptions, EvalFlags, EvalType } from './options';
export type { EvalResult } from './result';
export { readJsonl, predictionFile, EvalInputError } from './read-jsonl';
