// Pass 6a of name finding: organizations named inside a role before a person's name ("Kremlin Spokesman Dmitry
// Peskov", "Interfax correspondent ..."): the role is split off the name, and a known organization in it is kept
// as an organization mention, as places in a role are ("President of Belarus").
import type { Token } from './1-tokens';
import { knownOrg } from './9-organizations';

/** Token ranges inside the role `[from, to)` that are known organizations, outside the given place ranges. */
export function orgsInRole(
  toks: readonly Token[],
  from: number,
  to: number,
  places: readonly { from: number; to: number }[],
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (t === undefined || places.some((p) => i >= p.from && i < p.to)) continue;
    if (knownOrg(t.text)) out.push({ from: i, to: i + 1 });
  }
  return out;
}
