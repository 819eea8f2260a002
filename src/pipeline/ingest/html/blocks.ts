import type { DomElement, DomNode } from '../../../adapters/dom';
import { markTextNode, NODE_ELEMENT, NODE_TEXT } from '../../../adapters/dom';
import type { Context } from './context';
import { enterElement, ROOT_CONTEXT } from './context';
import { BLOCK_TAGS, CELL_TAGS, flushLine, isHidden, SKIP_TAGS } from './to-text';

/**
 * The attribute holding the index of the block a text belongs to, so the text Readability keeps can be traced
 * back to the page's blocks after it has rewritten the DOM. It is set on the text's parent when that is a
 * paragraph or inline element (Readability keeps those, or renames them copying their attributes) and all its
 * text lies in one block; otherwise the text node is wrapped in a marked `<span>` (Readability regroups the
 * loose text of a `<div>` into new paragraphs and may replace the div).
 */
export const BLOCK_ATTR = 'data-nx-block';

/** Parents whose text Readability never moves into a new element: marking the parent traces all of it. */
const LEAF_PARENTS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'BIG', 'SUB',
  'SUP', 'CODE', 'PRE', 'FONT', 'TIME', 'ABBR', 'CITE', 'Q', 'MARK', 'LABEL', 'DEL', 'INS', 'KBD', 'VAR', 'SAMP', 'DFN', 'TT',
]);

/** Ties a text node to block `block` (see BLOCK_ATTR). */
function markText(node: DomNode, parent: DomElement | null, block: number): void {
  const value = String(block);
  if (parent && LEAF_PARENTS.has(parent.nodeName.toUpperCase())) {
    const have = parent.getAttribute(BLOCK_ATTR);
    if (have === null) parent.setAttribute(BLOCK_ATTR, value);
    if (have === null || have === value) return;
  }
  markTextNode(node, BLOCK_ATTR, value);
}

/** One paragraph of the page as a reader sees it, with the DOM facts the block selection weighs. */
export interface PageBlock {
  /** Lines of the paragraph (a `<br>` starts a new one), whitespace collapsed. */
  readonly text: string;
  /** Characters of text inside links. */
  readonly linkChars: number;
  /** Characters of text in all. */
  readonly chars: number;
  /** Where the block's first text sat in the DOM. */
  readonly context: Context;
}

/** Collects blocks while walking; `line` is the inline text of the line being built. */
interface Sink {
  readonly blocks: PageBlock[];
  lines: string[];
  line: string;
  linkChars: number;
  chars: number;
  context: Context | null;
}

function flushBlock(sink: Sink): void {
  flushLine(sink);
  if (sink.lines.length && sink.context) {
    sink.blocks.push({ text: sink.lines.join('\n'), linkChars: sink.linkChars, chars: sink.chars, context: sink.context });
  }
  sink.lines = [];
  sink.linkChars = 0;
  sink.chars = 0;
  sink.context = null;
}

function addText(sink: Sink, node: DomNode, ctx: Context): void {
  const text = node.textContent ?? '';
  sink.line += text;
  const n = text.trim().length;
  if (n === 0) return;
  // Text with content always ends up in a block: the one flushed next, at this index.
  markText(node, ctx.element, sink.blocks.length);
  sink.chars += n;
  if (ctx.inLink) sink.linkChars += n;
  sink.context ??= ctx;
}

function walk(node: DomNode, ctx: Context, sink: Sink): void {
  if (node.nodeType === NODE_TEXT) return addText(sink, node, ctx);
  if (node.nodeType !== NODE_ELEMENT) return;
  const el = node as DomElement;
  const tag = node.nodeName.toUpperCase();
  if ((SKIP_TAGS.has(tag) && !(tag === 'NOSCRIPT' && isFallbackContent(el))) || isHidden(el)) return;
  if (tag === 'BR') return flushLine(sink);
  const block = BLOCK_TAGS.has(tag);
  if (block) flushBlock(sink);
  if (CELL_TAGS.has(tag)) sink.line += ' ';
  const inner = enterElement(ctx, el, tag, block);
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid) walk(kid, inner, sink);
  }
  if (CELL_TAGS.has(tag)) sink.line += ' ';
  if (block) flushBlock(sink);
}

/**
 * A `<noscript>` with at least this many characters of text is the page's script-free copy of its content (a
 * blog engine that renders posts with JavaScript), not a "please enable JavaScript" notice. (Dev set: 200 and 500
 * give the same result; Readability itself drops every `<noscript>`, so such text comes back only through the
 * block selection or the whole-page fallback.)
 */
export const NOSCRIPT_MIN_CHARS = 200;

function isFallbackContent(el: DomElement): boolean {
  return (el.textContent ?? '').trim().length >= NOSCRIPT_MIN_CHARS;
}

/**
 * A DOM subtree as the paragraphs a reader sees: block elements start and end a block, `<br>` a line inside
 * one, whitespace collapsed within lines; scripts, styles and hidden elements dropped. Every text with content
 * is tied to its block by BLOCK_ATTR (the only change made to the DOM).
 */
export function pageBlocks(root: DomNode): PageBlock[] {
  const sink: Sink = { blocks: [], lines: [], line: '', linkChars: 0, chars: 0, context: null };
  walk(root, ROOT_CONTEXT, sink);
  flushBlock(sink);
  return sink.blocks;
}

/** Blocks as text: paragraphs separated by a blank line. */
export function blocksText(blocks: readonly PageBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
