// Groups one article's person mentions into entities. Full names (two words or more) found the clusters; a
// shorter mention ("Putin", "P. Simmons", "Nasser") joins the nearest earlier cluster whose name contains it,
// else any later one, else starts its own. Cluster heads are indexed by their words, so each mention is compared
// with the few heads sharing a word with it, not with every head: articles listing thousands of distinct names
// (results tables, casualty lists) stay linear.
import type { PersonMention } from '../../../model/mentions';
import { HeadIndex } from './head-index';

/** The words of a name, lower-cased, without honorific periods. */
export function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** An initial ("P.", "J") stands for a given name starting with that letter. */
function isInitial(w: string): boolean {
  return /^\p{L}\.?$/u.test(w);
}

/** Whether the short mention's words can refer to the full name's words ("p. simmons" -> "phil simmons"). */
export function refersTo(short: readonly string[], full: readonly string[]): boolean {
  if (short.length > full.length || short.length === 0) return false;
  const last = short[short.length - 1];
  if (short.length === 1) return full.includes(last ?? '');
  if (last !== full[full.length - 1]) return false;
  return short.slice(0, -1).every((w, i) => {
    const f = full[i] ?? '';
    return isInitial(w) ? f.startsWith(w.replace('.', '')) : w === f;
  });
}

/**
 * Heads that may contain `w`, in the order they became heads. `refersTo(w, head)` needs the head to contain the
 * single word of a one-word mention, and to end with the last word of a longer one.
 */
function candidatesFor(w: readonly string[], heads: HeadIndex): readonly number[] {
  const last = w[w.length - 1] ?? '';
  return w.length === 1 ? heads.containing(last) : heads.endingWith(last);
}

/** Cluster index for each mention (mentions sorted by start). */
export function clusterMentions(mentions: readonly PersonMention[]): number[] {
  return clusterWithWork(mentions).owner;
}

/**
 * Cluster index for each mention, and how many heads the lookups compared mentions with (`work`): near the
 * number of mentions when names are distinct, where comparing with every head would grow with their product.
 */
export function clusterWithWork(mentions: readonly PersonMention[]): { owner: number[]; work: number } {
  const words = mentions.map((m) => nameWords(m.name));
  const owner = new Array<number>(mentions.length).fill(-1);
  const heads = new HeadIndex(words);
  // Full names first, in text order: a full name equal to an earlier one joins it.
  words.forEach((w, i) => {
    if (w.length < 2 || w.some(isInitial)) return;
    const same = candidatesFor(w, heads).find((h) => refersTo(w, words[h] ?? []) && refersTo(words[h] ?? [], w));
    owner[i] = same ?? i;
    if (same === undefined) heads.add(i);
  });
  words.forEach((w, i) => {
    if (owner[i] !== -1) return;
    const fits = candidatesFor(w, heads).filter((h) => refersTo(w, words[h] ?? []));
    const before = fits.filter((h) => h < i);
    const pick = before.length ? before[before.length - 1] : fits[0];
    owner[i] = pick ?? i;
    if (pick === undefined) heads.add(i);
  });
  return { owner, work: heads.comparisons };
}
