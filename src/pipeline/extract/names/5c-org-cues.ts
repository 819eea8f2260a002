// Pass 5c of name finding: context cues that a name part is an organization or a product rather than a person:
// the kind of organization written before it ("airline Aer Lingus"), a company's possessions after it ("Boeing's
// shares"), "-based", a ticker or matching acronym in parentheses, and model numbers or product nouns after it.
// They also say when a place name is part of a currency ("US$40 billion", "US dollars").
import type { Evidence, Part } from './5-evidence';
import { NONE, best } from './5-evidence';
import { placeHints } from './gazetteer';
import type { Token } from './1-tokens';
import { BUSINESS_NOUNS, CURRENCY_WORDS, EXCHANGES, ORG_NOUNS, ORG_RELATION_NOUNS, PRODUCT_NOUNS } from './org-words';

/** Score of a context cue: as strong as a title is for a person, so it wins ties against one. */
const ORG_CUE = 3;

/** Whether `b` follows `a` directly or after one space. */
function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.start - a.end <= 1;
}

/** A lower-case organization noun right before the name ("carrier Aeroflot"), or "X-based" / "based". */
function kindBefore(p: Part): boolean {
  const prev = p.toks[p.from - 1];
  if (!adjacent(prev, p.toks[p.from]) || prev === undefined) return false;
  const w = prev.text.toLowerCase();
  return (prev.shape === 'lower' && ORG_NOUNS.has(w)) || w === 'based' || /-based$/.test(w);
}

/** "X's shares", "X's new chief executive": the possessor of a business noun, unless a known place. */
function businessOwner(p: Part): boolean {
  const last = p.toks[p.to - 1];
  if (!last?.possessive || placeHints(p.text).length > 0) return false;
  const [a, b] = [p.toks[p.to + 1], p.toks[p.to + 2]];
  const noun = (t: Token | undefined): boolean => t?.shape === 'lower' && BUSINESS_NOUNS.has(t.text);
  return (
    noun(a) ||
    (a?.shape === 'lower' && noun(b)) ||
    (a?.text.toLowerCase() === 'chief' && b?.text.toLowerCase() === 'executive')
  );
}

/** A corporate-kinship noun right after the name, as a modifier ("Airbus parent EADS", "a Boeing unit"). */
function relationAfter(p: Part): boolean {
  const [last, next] = [p.toks[p.to - 1], p.toks[p.to]];
  return !last?.possessive && next?.shape === 'lower' && adjacent(last, next) && ORG_RELATION_NOUNS.has(next.text);
}

/** "(NYSE: BA)" or an acronym of the name's own initials ("Northrop Grumman Corp (NGC)") right after it. */
function tickerAfter(p: Part): boolean {
  const [open, code, close] = [p.toks[p.to], p.toks[p.to + 1], p.toks[p.to + 2]];
  if (open?.text !== '(' || code === undefined) return false;
  if (EXCHANGES.has(code.text.toLowerCase()) && close?.text === ':') return true;
  if (code.shape !== 'upper' || close?.text !== ')' || p.to - p.from < 2 || placeHints(p.text).length > 0) return false;
  const initials = p.toks
    .slice(p.from, p.to)
    .map((t) => t.text.charAt(0))
    .join('')
    .toUpperCase();
  return code.text.replace(/\./g, '') === initials;
}

/** A model code: a number or a capitalized code with digits ("900", "A380", "VC-10"). */
function modelCode(t: Token | undefined): boolean {
  return t !== undefined && (t.shape === 'num' || ((t.shape === 'cap' || t.shape === 'upper') && /\d/.test(t.text)));
}

/** A product noun right after the name, or after a model code ("Trent 900 engines", "Macintosh computers"). */
function productAfter(p: Part): boolean {
  const [a, b] = [p.toks[p.to], p.toks[p.to + 1]];
  const noun = (t: Token | undefined): boolean => t?.shape === 'lower' && PRODUCT_NOUNS.has(t.text);
  if (p.toks[p.to - 1]?.possessive || !adjacent(p.toks[p.to - 1], a)) return false;
  return noun(a) || (modelCode(a) && adjacent(a, b) && noun(b));
}

/**
 * A quoted name is the title of a work or a product ("Darwin", "The Crying Game"), not a person or a place. It
 * scores below a country or a large city (2.5), which quotes rarely wrap, and above a given name or a town.
 */
const QUOTED_TITLE = 2.4;
/** Quote marks that open a title: straight, curly, and Penn Treebank backquotes. */
const OPEN_QUOTES = new Set(['"', '“', '`']);
/** Quote marks that close a title. */
const CLOSE_QUOTES = new Set(['"', '”', "'"]);

/** Verbs that introduce a nickname in quotes ("dubbed the "Iron Lady""), which names a person. */
const NICKNAME_VERBS = new Set(['dubbed', 'nicknamed', 'called', 'named']);

/** The whole part wrapped in quote marks, and not a nickname. */
function quoted(p: Part): boolean {
  const [open, close] = [p.toks[p.from - 1], p.toks[p.to]];
  const before = [p.toks[p.from - 2], p.toks[p.from - 3]].map((t) => t?.text.toLowerCase() ?? '');
  if (before.some((w) => NICKNAME_VERBS.has(w))) return false;
  return (
    OPEN_QUOTES.has(open?.text ?? '') &&
    CLOSE_QUOTES.has(close?.text ?? '') &&
    adjacent(open, p.toks[p.from]) &&
    adjacent(p.toks[p.to - 1], close)
  );
}

/** Evidence from the context that the part names an organization or a product. */
export function orgCues(p: Part): Evidence {
  return best(
    kindBefore(p) ? { score: ORG_CUE, rule: 'org-noun' } : NONE,
    businessOwner(p) ? { score: ORG_CUE, rule: 'org-possessor' } : NONE,
    tickerAfter(p) ? { score: ORG_CUE, rule: 'ticker' } : NONE,
    productAfter(p) ? { score: ORG_CUE, rule: 'product' } : NONE,
    relationAfter(p) ? { score: ORG_CUE, rule: 'org-relation' } : NONE,
    quoted(p) ? { score: QUOTED_TITLE, rule: 'quoted-title' } : NONE,
  );
}

/** A place name written as part of a currency: "US$40 billion" (no space before "$"), "US dollars". */
export function currencyPart(p: Part): boolean {
  const last = p.toks[p.to - 1];
  const next = p.toks[p.to];
  if (last === undefined || next === undefined) return false;
  return (
    (next.text === '$' && next.start === last.end) ||
    (adjacent(last, next) && CURRENCY_WORDS.has(next.text.toLowerCase()))
  );
}
