import type { AnyNode } from 'acorn';

/** Marks a value the code computes, which reading the source alone cannot know. */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Literal = unknown;

/**
 * The value of an expression made only of literals (numbers, strings, booleans, null, arrays
 * and plain objects of them, a minus sign), or UNKNOWN.
 */
export function literalValue(node: AnyNode | null | undefined): unknown {
  if (!node) return UNKNOWN;
  switch (node.type) {
    case 'Literal':
      return 'regex' in node && node.regex ? UNKNOWN : node.value;
    case 'TemplateLiteral':
      return node.expressions.length ? UNKNOWN : node.quasis.map((q) => q.value.cooked).join('');
    case 'ParenthesizedExpression':
      return literalValue(node.expression);
    case 'UnaryExpression': {
      const inner = literalValue(node.argument);
      if (typeof inner !== 'number') return UNKNOWN;
      return node.operator === '-' ? -inner : node.operator === '+' ? inner : UNKNOWN;
    }
    case 'ArrayExpression': {
      const items = node.elements.map((e) =>
        e && e.type !== 'SpreadElement' ? literalValue(e) : UNKNOWN,
      );
      return items.includes(UNKNOWN) ? UNKNOWN : items;
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init')
          return UNKNOWN;
        const key =
          property.key.type === 'Identifier' ? property.key.name : literalValue(property.key);
        if (typeof key !== 'string' && typeof key !== 'number') return UNKNOWN;
        // A computed value stays unknown without hiding the literal ones next to it.
        out[String(key)] = literalValue(property.value);
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}
