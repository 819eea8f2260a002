import type { RawArticle } from '../model/document';

/** A problem with one input (a file or a JSONL line): reported, and the batch goes on. */
export interface InputError {
  /** Path as given or relative to the input root; never absolute unless the user gave it so. */
  readonly path: string;
  /** 1-based line for JSONL inputs. */
  readonly line: number | null;
  /** Stable code, e.g. `E_READ`, `E_JSONL_PARSE`, `E_NO_TEXT`, `E_DUPLICATE_ID`. */
  readonly code: string;
  readonly message: string;
}

/** What reading inputs yields: an article to process, or an error to report. */
export type InputItem = { readonly kind: 'article'; readonly raw: RawArticle } | { readonly kind: 'error'; readonly error: InputError };
