import type { DomDocument } from '../../../adapters/dom';
import { attr } from '../../../adapters/dom';

/** Every meta tag's key (name, property, itemprop; lower-cased) with its content or value, in page order. */
export function metaTable(doc: DomDocument): Map<string, string> {
  const table = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = m ? (attr(m, 'content') ?? attr(m, 'value') ?? attr(m, 'datetime')) : null;
    if (!m || !content) continue;
    for (const k of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = attr(m, k)?.toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

/** The first of `keys` (in the order given) whose value passes `ok`. */
export function firstOf(
  table: Map<string, string>,
  keys: readonly string[],
  ok: (v: string) => boolean = () => true,
): string | null {
  for (const k of keys) {
    const v = table.get(k.toLowerCase());
    if (v && ok(v)) return v;
  }
  return null;
}
