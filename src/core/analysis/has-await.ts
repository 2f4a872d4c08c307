import type { AnyNode } from 'acorn';
import { childNodes } from './nodes.ts';

/**
 * Whether a cell awaits at its own top level: `await x` or `for await`, outside any nested
 * function (an `async` function's awaits are its own).
 */
export function hasTopLevelAwait(node: AnyNode): boolean {
  switch (node.type) {
    case 'AwaitExpression':
      return true;
    case 'ForOfStatement':
      if (node.await) return true;
      break;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return false;
  }
  return childNodes(node).some(hasTopLevelAwait);
}
