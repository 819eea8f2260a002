import type { Doc } from '../../model/document';
import type { Stage } from '../stage';
import { splitBlocks } from './1-blocks';
import type { Classified } from './2-classify';
import { classifyBlocks } from './2-classify';
import { resolveContext } from './3-context';
import { selectRegion } from './4-region';
import { findTitle, showingGiven } from './5-title';
import { buildSpans } from './6-spans';
import { HTML_PAGE_EVIDENCE_MIN, HTML_PAGE_EVIDENCE_SHARE, PAGE_EVIDENCE_MIN } from './rules';

/**
 * Lines kept inside the article: those no rule removed, and lines the page repeats (a recipe's ingredient, a code line)
 * there.
 */
const keepable = (reason: string | null | undefined): boolean => reason === null || reason === 'repeated-line';

/**
 * Blocks that betray page furniture: a boilerplate rule fired. (Repeated lines do not count: a transcript
 * repeats "(CROSSTALK)", a photo essay its agency credit.)
 */
function pageEvidence(cs: readonly Classified[]): number {
  return cs.filter((c) => c.reason !== null && c.reason !== 'repeated-line').length;
}

/** Rules a text without page furniture still applies: none but the strong ones (copyright, cookies, paywall). */
const CLEAN_TEXT = (c: Classified | undefined): boolean => !c || c.reason === null || !c.strong;
/**
 * Rules Readability's main content still applies: all but the date line, which there is the article's own
 * dateline (a real date mention) rather than page furniture; repeated lines are the article's own too.
 */
const MAIN_CONTENT = (c: Classified | undefined): boolean =>
  !c || c.reason === null || c.reason === 'dateline' || c.reason === 'repeated-line';

/**
 * The body of a clean text or of Readability's main content: every block except those the given rules remove
 * and the lines showing the title the input gave.
 * Nothing else is judged, so short articles, sentence-per-line corpora and result tables keep all their text.
 */
function keepAllBut(doc: Doc, cs: readonly Classified[], kept: (c: Classified | undefined) => boolean): Doc {
  const titleAt = new Map<number, string>();
  if (doc.title) for (const i of showingGiven(cs, doc.title)) titleAt.set(i, 'repeated-title');
  const v = buildSpans(doc.text, cs, (i) => kept(cs[i]), titleAt, null);
  return { ...doc, body: v.body, removed: v.removed };
}

/**
 * Marks the article body and the removed boilerplate without cutting the text. Lines are classified jusText
 * style (1-blocks: lines and features, 2-classify: patterns, repetition, length and stopword density,
 * 3-context: neighbours decide short and near-good lines), the body is the coherent run of good lines
 * (4-region), the title line is found and kept out of the body (5-title), and every non-blank line ends up in
 * `body` or in `removed` with its reason (6-spans).
 */
export const markBody: Stage = {
  name: 'boilerplate/mark-body',
  run(doc: Doc): Doc {
    const cs = classifyBlocks(splitBlocks(doc.text));
    // HTML main content was already chosen at ingest (Readability and the page's DOM): only known boilerplate
    // lines are taken out of it, unless the text is full of page furniture (ingest fell back to the whole page).
    // This holds however few such lines are left: ingest drops the furniture it can see in the DOM (share bars,
    // author cards, newsletter boxes), so few remaining lines are no sign of a clean text.
    const evidence = pageEvidence(cs);
    const wholePage = evidence >= HTML_PAGE_EVIDENCE_MIN && evidence >= HTML_PAGE_EVIDENCE_SHARE * cs.length;
    if (doc.format === 'html' && !wholePage) return keepAllBut(doc, cs, MAIN_CONTENT);
    if (evidence < PAGE_EVIDENCE_MIN) return keepAllBut(doc, cs, CLEAN_TEXT);
    resolveContext(cs);
    const region = selectRegion(cs);
    if (!region) return keepAllBut(doc, cs, CLEAN_TEXT);
    const found = findTitle(cs, region, doc.title);
    const reason = doc.title !== null ? 'repeated-title' : 'title';
    const titleAt = new Map<number, string>();
    for (const i of found.indices) titleAt.set(i, (cs[i]?.repeats ?? 1) > 1 ? 'repeated-title' : reason);
    for (const [i, why] of found.furniture) titleAt.set(i, why);
    // Inside the article every line no rule removed is body (lists, code, short lines of the article).
    const inRegion = (i: number): boolean => i >= region.from && i <= region.to && keepable(cs[i]?.reason);
    const v = buildSpans(doc.text, cs, inRegion, titleAt, region);
    return { ...doc, title: doc.title ?? found.title, body: v.body, removed: v.removed };
  },
};
