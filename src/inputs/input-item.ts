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

/**
 * An article read from the inputs, with `order`: where it sits (absolute path, then line), the key that decides
 * which of two articles with one id is kept (the earliest), whatever order the inputs were listed in.
 */
export interface InputArticle {
  readonly raw: RawArticle;
  readonly order: string;
}

/** What reading inputs yields: an article to process, or an error to report. */
export type InputItem =
  ({ readonly kind: 'article' } & InputArticle) | { readonly kind: 'error'; readonly error: InputError };

/** The order key of line `line` (0 for a whole file) of `file` (an absolute path, or `stdin`). */
export function orderKey(file: string, line: number): string {
  return `${file}\u0000${String(line).padStart(12, '0')}`;
}
