// Groups one article's person mentions into entities. Full names (two words or more) found the clusters; a
// shorter mention ("Putin", "P. Simmons", "Nasser") joins the nearest earlier cluster whose name contains it,
// else any later one, else starts its own.
import type { PersonMention } from '../../../model/mentions';

/** The words of a name, lower-cased, without honorific periods. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
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

/** Cluster index for each mention (mentions sorted by start). */
export function clusterMentions(mentions: readonly PersonMention[]): number[] {
  const words = mentions.map((m) => nameWords(m.name));
  const owner = new Array<number>(mentions.length).fill(-1);
  const heads: number[] = [];
  // Full names first, in text order: a full name equal to an earlier one joins it.
  words.forEach((w, i) => {
    if (w.length < 2 || w.some(isInitial)) return;
    const same = heads.find((h) => refersTo(w, words[h] ?? []) && refersTo(words[h] ?? [], w));
    owner[i] = same ?? i;
    if (same === undefined) heads.push(i);
  });
  words.forEach((w, i) => {
    if (owner[i] !== -1) return;
    const fits = heads.filter((h) => refersTo(w, words[h] ?? []));
    const before = fits.filter((h) => h < i);
    const pick = before.length ? before[before.length - 1] : fits[0];
    owner[i] = pick ?? i;
    if (pick === undefined) heads.push(i);
  });
  return owner;
}
