import type { DomElement, DomNode } from '../../../adapters/dom';
import { NODE_ELEMENT, NODE_TEXT } from '../../../adapters/dom';
import { BLOCK_ATTR } from './blocks';

function walk(node: DomNode, owner: number | null, out: Map<number, number>): void {
  if (node.nodeType === NODE_TEXT) {
    const n = (node.textContent ?? '').trim().length;
    if (n > 0 && owner !== null) out.set(owner, (out.get(owner) ?? 0) + n);
    return;
  }
  if (node.nodeType !== NODE_ELEMENT) return;
  const mark = (node as DomElement).getAttribute(BLOCK_ATTR);
  const here = mark !== null ? Number(mark) : owner;
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid) walk(kid, here, out);
  }
}

/** Characters of text per page block (BLOCK_ATTR marks) in Readability's main-content node. */
export function keptBlockChars(node: DomNode): Map<number, number> {
  const out = new Map<number, number>();
  walk(node, null, out);
  return out;
}
