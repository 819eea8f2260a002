import type { JsonObject } from './json';
import type { ErrorExamples } from './result';
import type { EvalSpan } from './spans';

/** Collects up to `limit` error examples per type and kind, in the order they are found. */
export class ErrorLog {
  readonly byType: Record<string, ErrorExamples> = {};

  constructor(readonly limit: number) {}

  private examples(type: string): ErrorExamples {
    const found = this.byType[type];
    if (found) return found;
    const created: ErrorExamples = { FN: [], FP: [] };
    this.byType[type] = created;
    return created;
  }

  /** A missed gold mention (FN) or a spurious prediction (FP) of record `rec`. */
  span(type: string, kind: 'FN' | 'FP', rec: JsonObject, s: EvalSpan): void {
    if (!this.limit) return;
    const list = this.examples(type)[kind];
    const value = s.rec.value !== undefined ? ` value=${String(s.rec.value)}` : '';
    if (list.length < this.limit)
      list.push(`${String(rec.id)} [${s.start},${s.end}) ${JSON.stringify(s.rec.text ?? '')}${value}`);
  }

  /** A page whose own date was missed, wrong, or given where the gold has none. */
  published(kind: 'MISSING' | 'WRONG' | 'UNDATED', line: string): void {
    if (!this.limit) return;
    const list = (this.examples('published')[kind] ??= []);
    if (list.length < this.limit) list.push(line);
  }

  /** A date pair whose values differ. */
  value(rec: JsonObject, pred: JsonObject, gold: JsonObject): void {
    if (!this.limit) return;
    const e = this.examples('dates');
    e.VALUE ??= [];
    const q = (v: unknown): string => String(JSON.stringify(v));
    if (e.VALUE.length < this.limit)
      e.VALUE.push(
        `${String(rec.id)} ${q(gold.text)} gold=${String(gold.value)} pred ${q(pred.text)}=${String(pred.value)}`,
      );
  }
}
