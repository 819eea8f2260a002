import type { DomElement, DomNode } from '../../../adapters/dom';
import { NODE_ELEMENT, NODE_TEXT } from '../../../adapters/dom';

/** Elements whose content starts and ends a paragraph: they become blocks separated by a blank line. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Elements whose text a reader never sees as prose. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION', 'HEAD', 'TITLE', 'BUTTON']);

/** Table cells stay on their row's line, separated by a space. */
export const CELL_TAGS = new Set(['TD', 'TH']);

/** Collects paragraphs while walking; `line` is the inline text of the paragraph being built. */
interface Sink {
  readonly paragraphs: string[];
  lines: string[];
  line: string;
}

/** Ends the line being built: its whitespace collapsed, kept when not blank. Shared with blocks.ts. */
export function flushLine(sink: { lines: string[]; line: string }): void {
  const t = sink.line.replace(/\s+/g, ' ').trim();
  if (t) sink.lines.push(t);
  sink.line = '';
}

function flushParagraph(sink: Sink): void {
  flushLine(sink);
  if (sink.lines.length) sink.paragraphs.push(sink.lines.join('\n'));
  sink.lines = [];
}

function walk(node: DomNode, sink: Sink): void {
  if (node.nodeType === NODE_TEXT) {
    sink.line += node.textContent ?? '';
    return;
  }
  if (node.nodeType !== NODE_ELEMENT) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP_TAGS.has(tag) || isHidden(node as DomElement)) return;
  if (tag === 'BR') return flushLine(sink);
  const block = BLOCK_TAGS.has(tag);
  if (block) flushParagraph(sink);
  if (CELL_TAGS.has(tag)) sink.line += ' ';
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid) walk(kid, sink);
  }
  if (CELL_TAGS.has(tag)) sink.line += ' ';
  if (block) flushParagraph(sink);
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

/**
 * A DOM subtree as plain text: block elements become paragraphs separated by a blank line, `<br>` a line
 * break inside one, whitespace collapsed within lines; scripts, styles and hidden elements dropped.
 */
export function nodeToText(root: DomNode): string {
  const sink: Sink = { paragraphs: [], lines: [], line: '' };
  walk(root, sink);
  flushParagraph(sink);
  return sink.paragraphs.join('\n\n');
}
