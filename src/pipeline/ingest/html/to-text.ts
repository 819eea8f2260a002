// How a page's DOM reads as text: which elements make paragraphs, which a reader never sees, how a line ends.
// html/blocks.ts walks the page with these rules.
import type { DomElement } from '../../../adapters/dom';

/** Elements whose content starts and ends a paragraph: they become blocks separated by a blank line. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

/** Elements whose text a reader never sees as prose. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
  'BUTTON',
]);

/** Table cells stay on their row's line, separated by a space. */
export const CELL_TAGS = new Set(['TD', 'TH']);

/** Ends the line being built: its whitespace collapsed, kept when not blank. */
export function flushLine(sink: { lines: string[]; line: string }): void {
  const t = sink.line.replace(/\s+/g, ' ').trim();
  if (t) sink.lines.push(t);
  sink.line = '';
}

/**
 * Hidden by the page itself: the `hidden` attribute or an inline `display:none`. (`aria-hidden` is not a
 * reason: pages set it on wrappers of visible article text.)
 */
export function isHidden(el: DomElement): boolean {
  if (el.getAttribute('hidden') !== null) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}
