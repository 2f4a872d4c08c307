import type { AnyNode } from 'acorn';

/** The child nodes of an ESTree node, in source order (for walks with no special rule). */
export function childNodes(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

/**
 * Runs a depth-first walk in source order over a work list instead of the call stack, so that a
 * tree as deep as the parser accepts (10,000 chained `+` or calls) cannot overflow it. `expand`
 * handles one item and returns the items it leads to, in the order they must be handled.
 */
export function depthFirst<T>(start: T, expand: (item: T) => readonly T[] | void): void {
  const stack: T[] = [start];
  while (stack.length > 0) {
    const item = stack[stack.length - 1];
    stack.pop();
    const next = expand(item);
    if (next) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
}

/**
 * Visits every node under `root` (itself included) with its parent, in source order, without
 * recursion. `visit` returns `false` to skip a node's children.
 */
export function visitNodes(
  root: AnyNode,
  visit: (node: AnyNode, parent: AnyNode | null) => boolean | void,
): void {
  depthFirst<{ node: AnyNode; parent: AnyNode | null }>({ node: root, parent: null }, (item) =>
    visit(item.node, item.parent) === false
      ? undefined
      : childNodes(item.node).map((node) => ({ node, parent: item.node })),
  );
}

function isNode(value: unknown): value is AnyNode {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string'
  );
}
