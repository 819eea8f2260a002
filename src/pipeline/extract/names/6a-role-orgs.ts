// Pass 6a of name finding: organizations named inside a role before a person's name ("Kremlin Spokesman Dmitry
// Peskov", "Interfax correspondent ...", "Velmora CEO Anna Petrak"): the role is split off the name, and a
// known organization in it, or the name a corporate title is of, is kept as an organization mention, as places in
// a role are ("President of Belarus").
import type { Token } from './1-tokens';
import { knownOrg } from './9-organizations';
import { HONORIFICS, ROLE_MODIFIERS, TITLES } from './words';

/**
 * Titles only an organization confers: the capitalized name right before one in a role is the organization
 * ("Velmora CEO", "Eagles owner"). Titles a person also confers ("Clinton spokesman") are left out.
 */
const CORPORATE_TITLES = new Set(['ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'founder', 'owner', 'co-founder']);

/** A capitalized word of a role that is no title word: part of a name. */
function nameWord(t: Token | undefined): boolean {
  if (t === undefined || (t.shape !== 'cap' && t.shape !== 'upper')) return false;
  const w = t.text.toLowerCase();
  return !TITLES.has(w) && !ROLE_MODIFIERS.has(w) && !HONORIFICS.has(w);
}

/** Token ranges inside the role `[from, to)` that are known organizations, outside the given place ranges. */
export function orgsInRole(
  toks: readonly Token[],
  from: number,
  to: number,
  places: readonly { from: number; to: number }[],
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const inPlace = (i: number): boolean => places.some((p) => i >= p.from && i < p.to);
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (t === undefined || inPlace(i)) continue;
    if (knownOrg(t.text)) {
      out.push({ from: i, to: i + 1 });
      continue;
    }
    // The role opens with a name, then a corporate title: "Velmora CEO", "Dow Chemical chairman".
    let k = i;
    while (k < to && nameWord(toks[k]) && !inPlace(k)) k++;
    if (i === from && k > i && CORPORATE_TITLES.has(toks[k]?.text.toLowerCase() ?? '')) {
      out.push({ from: i, to: k });
      i = k - 1;
    }
  }
  return out;
}
