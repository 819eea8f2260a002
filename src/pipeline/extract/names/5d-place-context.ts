// Pass 5d of name finding: context that puts a name somewhere. A preposition of place right before it ("in",
// "out of"), a facility head after one ("at the Moscone Center"), and a region or country after a comma that
// the gazetteer places the name in ("Mobile, Alabama").
import type { Part } from './5-evidence';
import { demonymWord, joinWords } from './5-evidence';
import { placeHints } from './gazetteer';
import { bare } from './4-roles';
import type { Token } from './1-tokens';
import { DETERMINERS, FACILITY_HEADS, PLACE_PREPOSITIONS } from './words';

/** Whether `b` follows `a` directly or after one space. */
function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.start - a.end <= 1;
}

/** Whether the tokens ending at index `at` are a preposition of place ("in", "from", "out of"). */
function prepositionAt(toks: readonly Token[], at: number): boolean {
  const w = toks[at]?.text.toLowerCase() ?? '';
  return PLACE_PREPOSITIONS.has(w) || (w === 'of' && toks[at - 1]?.text.toLowerCase() === 'out');
}

/** A preposition of place right before the part ("in Paris", "out of London Heathrow"). */
export function placePreposition(p: Part): boolean {
  return prepositionAt(p.toks, p.from - 1);
}

/** Most words of an owner's name skipped before a facility ("from Airbus' Delivery Center"). */
const OWNER_MAX_WORDS = 3;

/** Index of the first word of a possessive owner ending right before `at` ("Airbus'", "Acme Corp's"), or `at`. */
function ownerStart(toks: readonly Token[], at: number): number {
  const mark = toks[at - 1];
  const owner = toks[at - 2];
  const apostrophe = mark?.text === "'" || mark?.text === '’' || /^['’]s$/.test(mark?.text ?? '');
  if (!apostrophe || owner?.shape !== 'cap' || mark?.start !== owner.end) return at;
  let k = at - 2;
  while (k > 0 && at - 1 - k < OWNER_MAX_WORDS && toks[k - 1]?.shape === 'cap' && adjacent(toks[k - 1], toks[k])) k--;
  return k;
}

/**
 * A preposition of place before the part, with a determiner ("at the", "at their") or a possessive owner ("from
 * Airbus' Delivery Center") between them or not.
 */
function prepositionBefore(p: Part): boolean {
  const from = ownerStart(p.toks, p.from);
  const prev = p.toks[from - 1];
  if (prev !== undefined && prev.shape === 'lower' && DETERMINERS.has(prev.text.toLowerCase()))
    return prepositionAt(p.toks, from - 2);
  return prepositionAt(p.toks, from - 1);
}

/**
 * A facility put somewhere: a run ending in a facility head after a preposition of place ("held at the Moscone
 * Center", "built at their Everett Factory"). "Center for ..." names an institution, so "for" after it vetoes.
 */
export function facilityPlace(p: Part): boolean {
  if (p.to - p.from < 2 || !FACILITY_HEADS.has(bare(p.toks[p.to - 1]))) return false;
  return p.toks[p.to]?.text.toLowerCase() !== 'for' && prepositionBefore(p);
}

/**
 * A name before a lower-case facility noun after a preposition of place ("at the Moscone West center", "flew into
 * Heathrow airport"): the name is the place's. The noun itself stays out of the span.
 */
export function facilityNounAfter(p: Part): boolean {
  const [last, next] = [p.toks[p.to - 1], p.toks[p.to]];
  if (next?.shape !== 'lower' || !adjacent(last, next) || last?.possessive) return false;
  // "the Republican stadium", "the Olympic stadium": an English adjective, not the site's name.
  if (p.to - p.from === 1 && (p.known.has(last?.text.toLowerCase() ?? '') || demonymWord(last?.text ?? '')))
    return false;
  return (
    (FACILITY_HEADS.has(next.text) || FACILITY_NOUNS.has(next.text)) &&
    p.toks[p.to + 1]?.text.toLowerCase() !== 'for' &&
    prepositionBefore(p)
  );
}

/** Lower-case nouns of sites named after a proper name, besides FACILITY_HEADS ("Heathrow airport"). */
const FACILITY_NOUNS: ReadonlySet<string> = new Set(['airport', 'station', 'stadium', 'arena', 'airfield', 'base']);

/** Most words of the region or country after the comma tried ("Mobile, Alabama", "Everett, New South Wales"). */
const QUALIFIER_MAX_WORDS = 3;

/** "Mobile, Alabama", "Toulouse, France": the gazetteer knows a place of this name inside the one after the comma. */
export function qualifiedPlace(p: Part): boolean {
  const comma = p.toks[p.to];
  if (comma?.text !== ',' || comma.start !== p.toks[p.to - 1]?.end) return false;
  let end = p.to + 1;
  while (
    end < p.toks.length &&
    end <= p.to + QUALIFIER_MAX_WORDS &&
    p.toks[end]?.shape === 'cap' &&
    (end === p.to + 1 || adjacent(p.toks[end - 1], p.toks[end]))
  )
    end++;
  for (let k = end; k > p.to + 1; k--)
    if (placeHints(`${p.text}, ${joinWords(p.toks, p.to + 1, k)}`).length > 0) return true;
  return false;
}
