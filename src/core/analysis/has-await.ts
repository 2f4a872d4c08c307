import type { AnyNode } from 'acorn';
import { visitNodes } from './nodes.ts';

/**
 * Whether a cell awaits at its own top level: `await x` or `for await`, outside any nested
 * function (an `async` function's awaits are its own).
 */
export function hasTopLevelAwait(root: AnyNode): boolean {
  let found = false;
  visitNodes(root, (node) => {
    if (found) return false;
    switch (node.type) {
      case 'AwaitExpression':
        found = true;
        return false;
      case 'ForOfStatement':
        if (node.await) found = true;
        return !found;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return false;
      default:
        return true;
    }
  });
  return found;
}
