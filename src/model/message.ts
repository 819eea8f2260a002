import type { Span } from './span';

/** How bad a problem is: `fatal` stops the article (never the batch), `warning` and `info` only inform. */
export type Severity = 'fatal' | 'warning' | 'info';

/**
 * A problem with one article, carried on the document instead of thrown (vfile style):
 * a stable rule id, the stage or module that raised it, a position when there is one, and a severity.
 */
export interface Message {
  readonly ruleId: string;
  readonly source: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span | null;
  /** 1-based line in the input file (JSONL line, or line of a text file) when known. */
  readonly line?: number;
}

/** Builds a message with a null span unless one is given. */
export function message(
  source: string,
  ruleId: string,
  severity: Severity,
  text: string,
  span: Span | null = null,
): Message {
  return { ruleId, source, severity, message: text, span };
}
