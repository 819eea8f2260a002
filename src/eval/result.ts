import type { Prf } from './spans';

/** Record-level counts: how gold and prediction records lined up, and problems found in predictions. */
export interface RecordCounts {
  gold: number;
  pred: number;
  matched: number;
  missing_pred: number;
  extra_pred: number;
  duplicate_pred_ids: number;
  pred_text_differs: number;
  pred_span_text_mismatch: number;
  pred_invalid_spans: number;
}

/** The options echoed in the result, as the reference scorer writes them. */
export interface EchoedOptions {
  readonly types: readonly string[];
  readonly date_types: readonly string[];
  readonly calendar_only: boolean;
  readonly syntactic: readonly string[] | null;
  readonly quotes_all: boolean;
  readonly quote_kinds: readonly string[] | null;
  readonly strict_values: boolean;
}

/** Scores of one mention type. Key names and order are the reference scorer's (`--json` output is identical). */
export interface SpanTypeResult {
  readonly annotated: true;
  /** Some prediction record has this field at all. */
  readonly predicted: boolean;
  readonly docs: number;
  readonly gold: number;
  readonly pred: number;
  readonly ignored: number;
  readonly excluded_gold: number;
  readonly strict: Prf;
  readonly lenient: Prf;
  value_accuracy?: number | null;
  value_accuracy_n?: number;
  value?: Prf;
  amount_accuracy?: number | null;
  amount_n?: number;
  currency_accuracy?: number | null;
  currency_n?: number;
  token_overlap?: Prf;
  match05?: Prf;
  speaker_n?: number;
  speaker_pred_given?: number;
  speaker_acc_span?: number | null;
  speaker_acc_span_or_name?: number | null;
  /** Pairs whose gold gives the resolved speaker's name, and the share whose predicted speakerName matches it. */
  speaker_name_n?: number;
  speaker_acc_name?: number | null;
}

/** Shingle (scrapinghub) body scores. */
export interface ShingleScores {
  readonly docs: number;
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly accuracy: number;
}

/** Snippet (trafilatura) body scores. */
export interface SnippetScores {
  readonly docs: number;
  readonly with: number;
  readonly with_found: number | null;
  readonly without: number;
  readonly without_absent: number | null;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

/** Body (boilerplate removal) scores. */
export interface BodyResult {
  readonly annotated: boolean;
  pred_without_body_field?: number;
  pred_without_text?: number;
  shingle?: ShingleScores;
  snippets?: SnippetScores;
}

/** Predicted vs gold page dates of one source (`publishedSource`). */
export interface PublishedSourceCounts {
  found: number;
  wrong: number;
}

/** The article's own date (`published` against the gold `date`). */
export interface PublishedResult {
  readonly annotated: true;
  readonly docs: number;
  /** Gold records with a date. */
  readonly dated: number;
  readonly found: number;
  readonly wrong: number;
  readonly missing: number;
  /** found / dated. */
  readonly accuracy: number | null;
  /** found / (found + wrong). */
  readonly precision: number | null;
  /** Predictions on pages whose gold date is null (not errors: the gold may have missed the date). */
  readonly undated_predicted: number;
  readonly by_source: Record<string, PublishedSourceCounts>;
}

/** A type the gold set does not annotate. */
export interface NotAnnotated {
  readonly annotated: false;
}

/** Error examples of one type: missed gold (FN), spurious predictions (FP), wrong date values (VALUE). */
export interface ErrorExamples {
  FN: string[];
  FP: string[];
  VALUE?: string[];
  /** Published dates: a dated gold page with no prediction, a wrong day, a date on a page the gold leaves undated. */
  MISSING?: string[];
  WRONG?: string[];
  UNDATED?: string[];
}

/** The whole evaluation result (what `eval --json` prints). */
export interface EvalResult {
  readonly gold: string;
  readonly pred: string;
  readonly records: RecordCounts;
  readonly options: EchoedOptions;
  readonly types: Record<string, SpanTypeResult | BodyResult | PublishedResult | NotAnnotated>;
  readonly notes: string[];
  errors?: Record<string, ErrorExamples>;
}
