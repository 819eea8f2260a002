// Pass 1: find quotation marks and pair them into quote regions, paragraph by paragraph.
import type { Span } from '../../../model/span';
import { trimSpan } from '../../../model/span';
import { upperBound } from '../../../model/span-index';

/** Families of marks that pair with each other; a quote opened with one family is closed by the same family. */
export type MarkFamily = 'double' | 'guillemet' | 'backtick' | 'single-curly' | 'single-straight';

/** A pair of quotation marks and the text between them (whitespace-trimmed), within one paragraph. */
export interface QuoteRegion extends Span {
  readonly open: Span | null;
  readonly close: Span | null;
  readonly family: MarkFamily;
  /** Regions with the same chain are parts of one multi-paragraph quote. */
  readonly chain: number;
}

type Role = 'open' | 'close' | 'either';

interface Mark extends Span {
  readonly family: MarkFamily;
  readonly role: Role;
  /** Straight and curly double marks pair with each other (sloppy typing) but an opening mark of the other style
   * inside an open quote nests ("He read: “…”" inside "…"). */
  readonly straight: boolean;
}

const FAMILY: Readonly<Record<string, MarkFamily>> = {
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '‟': 'double',
  '"': 'double',
  '«': 'guillemet',
  '»': 'guillemet',
  '‘': 'single-curly',
  '’': 'single-curly',
  "'": 'single-straight',
};
// The glyph's own direction, used only when the context does not decide.
const GLYPH_ROLE: Readonly<Record<string, Role>> = {
  '“': 'open',
  '„': 'open',
  '‟': 'open',
  '«': 'open',
  '‘': 'open',
  '”': 'close',
  '»': 'close',
  '’': 'close',
};
// What may stand right before an opening mark / right after a closing mark.
const BEFORE_OPEN = /[\s([{—–―\-/:“‘"'«]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–―\-…”’"'»]/;
const MARK_AT = /``|''|[“”„‟"«»‘’']/g;

function isSingle(f: MarkFamily): boolean {
  return f === 'single-curly' || f === 'single-straight';
}

/** Decides what one mark can do from its neighbours; null for apostrophes, primes and stray marks. */
function roleOf(text: string, m: Span, glyph: string, floor: number): Role | null {
  const prev = m.start > floor ? text[m.start - 1] : undefined;
  const next = text[m.end];
  // At a paragraph start a mark can only open, even before a space ("” … what I learned").
  const canOpen =
    prev === undefined ? next !== undefined : BEFORE_OPEN.test(prev) && next !== undefined && !/\s/.test(next);
  const canClose = prev !== undefined && !/\s/.test(prev) && (next === undefined || AFTER_CLOSE.test(next));
  const single = glyph === '’' || glyph === '‘' || glyph === "'";
  if (single && prev !== undefined && next !== undefined && /[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next))
    return null; // don't, Russia’s
  if (single && canOpen && /^\d\ds?\b/.test(text.slice(m.end, m.end + 4))) return null; // ’90s
  if (prev !== undefined && /\d/.test(prev) && (glyph === '"' || glyph === "'" || glyph === '″')) return 'either'; // 5'10", 12" (only closes an open quote)
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  if (!canOpen && !canClose) {
    // A mark between spaces (tokenized text: `" We will win , " he said`) takes its glyph's role, or pairs by order.
    const spaced = prev !== undefined && next !== undefined && /\s/.test(prev) && /\s/.test(next) && !single;
    return spaced ? (GLYPH_ROLE[glyph] ?? 'either') : null;
  }
  return GLYPH_ROLE[glyph] ?? 'either';
}

function scanMarks(text: string, para: Span): Mark[] {
  const out: Mark[] = [];
  for (const m of text.slice(para.start, para.end).matchAll(MARK_AT)) {
    const at = para.start + (m.index ?? 0);
    const span = { start: at, end: at + m[0].length };
    const glyph = m[0];
    const family: MarkFamily | undefined = glyph === '``' || glyph === "''" ? 'backtick' : FAMILY[glyph];
    if (!family) continue;
    // '' closes a `` quote, but some archives type '' for both marks: then the context decides.
    const role =
      glyph === '``'
        ? 'open'
        : glyph === "''"
          ? (roleOf(text, span, '"', para.start) ?? 'close')
          : roleOf(text, span, glyph, para.start);
    // Explicit literals, not spreads: this runs once per mark and a spread here dominated the stage's time.
    if (role) out.push({ start: span.start, end: span.end, family, role, straight: glyph === '"' });
  }
  return out;
}

interface Pending {
  readonly open: Mark | null;
  readonly innerStart: number;
  readonly chain: number;
  /** Parts already confirmed earlier in a multi-paragraph quote, waiting for this one to close. */
  readonly parts: readonly QuoteRegion[];
}

function region(text: string, p: Pending, family: MarkFamily, end: number, close: Span | null): QuoteRegion | null {
  const s = trimSpan(text, p.innerStart, end);
  return s ? { start: s.start, end: s.end, open: p.open, close, family, chain: p.chain } : null;
}

/** Carries an unclosed quote into the next paragraph when that paragraph re-opens or closes it. */
function carryOver(
  text: string,
  para: Span,
  marks: Mark[],
  carried: Map<MarkFamily, Pending>,
): Map<MarkFamily, Pending[]> {
  const pending = new Map<MarkFamily, Pending[]>();
  const firstChar = trimSpan(text, para.start, para.end)?.start ?? para.start;
  for (const [family, p] of carried) {
    const first = marks.find((m) => m.family === family);
    if (!first) continue;
    if (first.start === firstChar && first.role !== 'close') {
      marks.splice(marks.indexOf(first), 1);
      pending.set(family, [{ open: first, innerStart: first.end, chain: p.chain, parts: p.parts }]);
    } else if (first.role !== 'open' && marks[0] === first)
      pending.set(family, [{ open: null, innerStart: para.start, chain: p.chain, parts: p.parts }]);
  }
  return pending;
}

/**
 * Pairs the quotation marks of every paragraph. An opening mark left unclosed at the end of a paragraph continues
 * into the next paragraph when that one starts with an opening mark of the same family (or closes it without
 * re-opening); otherwise it is a lone mark and yields nothing. Apostrophes and primes never pair.
 */
export function findQuoteRegions(text: string, paragraphs: readonly Span[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let carried = new Map<MarkFamily, Pending>();
  let chains = 0;
  for (const para of paragraphs) {
    const marks = scanMarks(text, para);
    const stacks = carryOver(text, para, marks, carried);
    for (const m of marks) {
      const stack = stacks.get(m.family) ?? [];
      stacks.set(m.family, stack);
      const top = stack[stack.length - 1];
      if ((m.role === 'close' || (m.role === 'either' && top)) && top) {
        stack.pop();
        // inner pairs are part of the outer quote
        const r = stack.length === 0 ? region(text, top, m.family, m.start, m) : null;
        if (r) out.push(...top.parts, r);
      } else if (m.role === 'open' || (m.role === 'either' && !/\d/.test(text[m.start - 1] ?? ''))) {
        const p: Pending = { open: m, innerStart: m.end, chain: ++chains, parts: [] };
        // An opening mark of the same style while one is open means the earlier one was never closed.
        if (top && (top.open === null || top.open.straight === m.straight)) stack.pop();
        stack.push(p);
      }
    }
    carried = new Map();
    for (const [family, stack] of stacks) {
      const p = stack[0];
      if (!p || isSingle(family)) continue; // single quotes never run across paragraphs
      const r = region(text, p, family, para.end, null);
      if (r) carried.set(family, { ...p, parts: [...p.parts, r] });
    }
  }
  return dropNested(out);
}

/** Removes regions whose opening mark lies inside another region: quotes within quotes are part of the outer one. */
function dropNested(regions: QuoteRegion[]): QuoteRegion[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start || b.end - a.end);
  // A part of a multi-paragraph quote left open at its paragraph end is a block quotation (an article quoting
  // another): the quotes inside it keep their own speakers.
  const reach = containerReach(sorted.filter((o) => o.close !== null));
  return sorted.filter((r) => !isContained(reach, r));
}

/** The two furthest container ends (of different chains) among the containers starting at or before `start`. */
interface Reach {
  readonly start: number;
  readonly best: { readonly end: number; readonly chain: number };
  readonly other: number;
}

/** Prefix maxima over containers sorted by start, so each containment query is one binary search (not a scan). */
function containerReach(containers: readonly QuoteRegion[]): Reach[] {
  const out: Reach[] = [];
  let best = { end: -1, chain: -1 };
  let other = -1;
  for (const o of containers) {
    if (o.end > best.end) {
      if (o.chain !== best.chain) other = best.end;
      best = { end: o.end, chain: o.chain };
    } else if (o.chain !== best.chain && o.end > other) other = o.end;
    out.push({ start: o.start, best, other });
  }
  return out;
}

/** True when some container of another chain starts at or before r's opening mark and ends at or after its close. */
function isContained(reach: readonly Reach[], r: QuoteRegion): boolean {
  const from = r.open?.start ?? r.start;
  const to = r.close?.end ?? r.end;
  const at = reach[upperBound(reach, from, (x) => x.start) - 1]; // the last container starting at or before `from`
  if (!at) return false;
  return (at.best.chain !== r.chain ? at.best.end : at.other) >= to;
}
