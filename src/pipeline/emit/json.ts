import type { Doc } from '../../model/document';
import { articleRecord } from '../../contract/records';

export { articleRecord } from '../../contract/records';

/** One articles.jsonl line (without the newline). */
export function articleJsonLine(doc: Doc): string {
  return JSON.stringify(articleRecord(doc));
}
