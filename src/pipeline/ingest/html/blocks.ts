import type { DomElement, DomNode } from '../../../adapters/dom';
import { markTextNode, NODE_DOCUMENT, NODE_ELEMENT, NODE_TEXT } from '../../../adapters/dom';
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
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'S',
  'SMALL',
  'BIG',
  'SUB',
  'SUP',
  'CODE',
  'PRE',
  'FONT',
  'TIME',
  'ABBR',
  'CITE',
  'Q',
  'MARK',
  'LABEL',
  'DEL',
  'INS',
  'KBD',
  'VAR',
  'SAMP',
  'DFN',
  'TT',
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
    sink.blocks.push({
      text: sink.lines.join('\n'),
      linkChars: sink.linkChars,
      chars: sink.chars,
      context: sink.context,
    });
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

/** Size of the page the walk saw: Readability's time grows faster than linearly with these (html.ts caps them). */
export interface PageShape {
  /** Elements visited (skipped subtrees not counted). */
  elements: number;
  /** Deepest element nesting seen. */
  maxDepth: number;
}

/** A step of the walk: a node to enter, or an element to leave (its closing work: cell space, block end). */
type Step = { readonly node: DomNode; readonly ctx: Context; readonly depth: number } | { readonly leave: string };

/** Work on entering one node; returns the context its children are walked in, or null when they are not walked. */
function enter(node: DomNode, ctx: Context, sink: Sink): Context | null {
  if (node.nodeType === NODE_TEXT) {
    addText(sink, node, ctx);
    return null;
  }
  if (node.nodeType === NODE_DOCUMENT) return ctx;
  if (node.nodeType !== NODE_ELEMENT) return null;
  const el = node as DomElement;
  const tag = node.nodeName.toUpperCase();
  if ((SKIP_TAGS.has(tag) && !(tag === 'NOSCRIPT' && isFallbackContent(el))) || isHidden(el)) return null;
  if (tag === 'BR') {
    flushLine(sink);
    return null;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) flushBlock(sink);
  if (CELL_TAGS.has(tag)) sink.line += ' ';
  return enterElement(ctx, el, tag, block);
}

function leave(tag: string, sink: Sink): void {
  if (CELL_TAGS.has(tag)) sink.line += ' ';
  if (BLOCK_TAGS.has(tag)) flushBlock(sink);
}

/**
 * Depth-first walk with an explicit stack, so a page nested 100,000 deep cannot overflow the call stack. Children
 * are taken when their parent is entered (a text node wrapped by markText is still visited once).
 */
function walk(root: DomNode, sink: Sink, shape: PageShape): void {
  const stack: Step[] = [{ node: root, ctx: ROOT_CONTEXT, depth: 0 }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('leave' in step) {
      leave(step.leave, sink);
      continue;
    }
    const inner = enter(step.node, step.ctx, sink);
    if (!inner) continue;
    shape.elements++;
    if (step.depth > shape.maxDepth) shape.maxDepth = step.depth;
    stack.push({ leave: step.node.nodeName.toUpperCase() });
    const kids = step.node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, ctx: inner, depth: step.depth + 1 });
    }
  }
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
 * is tied to its block by BLOCK_ATTR (the only change made to the DOM). `shape` receives the page's element count
 * and depth.
 */
export function pageBlocks(root: DomNode, shape: PageShape = { elements: 0, maxDepth: 0 }): PageBlock[] {
  const sink: Sink = { blocks: [], lines: [], line: '', linkChars: 0, chars: 0, context: null };
  walk(root, sink, shape);
  flushBlock(sink);
  return sink.blocks;
}

/** Blocks as text: paragraphs separated by a blank line. */
export function blocksText(blocks: readonly PageBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
