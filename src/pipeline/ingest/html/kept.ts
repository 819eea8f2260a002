import type { DomElement, DomNode } from '../../../adapters/dom';
import { NODE_ELEMENT, NODE_TEXT } from '../../../adapters/dom';
import { BLOCK_ATTR } from './blocks';

/** Depth-first with an explicit stack (no recursion: a deeply nested page cannot overflow the call stack). */
function walk(root: DomNode, out: Map<number, number>): void {
  const stack: { node: DomNode; owner: number | null }[] = [{ node: root, owner: null }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, owner } = top;
    if (node.nodeType === NODE_TEXT) {
      const n = (node.textContent ?? '').trim().length;
      if (n > 0 && owner !== null) out.set(owner, (out.get(owner) ?? 0) + n);
      continue;
    }
    if (node.nodeType !== NODE_ELEMENT) continue;
    const mark = (node as DomElement).getAttribute(BLOCK_ATTR);
    const here = mark !== null ? Number(mark) : owner;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, owner: here });
    }
  }
}

/** Characters of text per page block (BLOCK_ATTR marks) in Readability's main-content node. */
export function keptBlockChars(node: DomNode): Map<number, number> {
  const out = new Map<number, number>();
  walk(node, out);
  return out;
}
