import type { DomNode } from '../../../adapters/dom';
import { NODE_DOCUMENT, NODE_ELEMENT } from '../../../adapters/dom';
import type { PageShape } from './blocks';

/**
 * Element count and deepest nesting of a page, by an iterative walk that changes nothing. Measured before any
 * selector query or Readability runs: linkedom's selector matching and Readability both grow faster than the page
 * with its depth, so a page over the caps (html.ts) is read by the block walk alone.
 */
export function pageShape(root: DomNode): PageShape {
  const shape: PageShape = { elements: 0, maxDepth: 0 };
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (top.node.nodeType !== NODE_ELEMENT && top.node.nodeType !== NODE_DOCUMENT) continue;
    shape.elements++;
    if (top.depth > shape.maxDepth) shape.maxDepth = top.depth;
    const kids = top.node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, depth: top.depth + 1 });
    }
  }
  return shape;
}
