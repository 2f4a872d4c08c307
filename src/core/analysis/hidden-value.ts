import type { Expression, Program, Super } from 'acorn';
import { CellParseError, parseCell } from './parse.ts';

/**
 * Calls whose value is meant to be seen: the builtins that make something to show, and methods
 * (`table.filter(…)`, `values.map(…)`) but those that change their object or print. A call of a
 * plain function (`display(x)`, `update()`) is taken as done for its effect.
 */
const SHOWN_CALLS = new Set(['md', 'chart', 'Inputs', 'aq', 'html', 'svg']);
const EFFECT_METHODS = new Set([
  ...['push', 'pop', 'shift', 'unshift', 'splice', 'fill', 'copyWithin'],
  ...['set', 'add', 'delete', 'clear', 'forEach', 'assign', 'defineProperty', 'freeze'],
  ...['log', 'warn', 'error', 'info', 'debug', 'dir', 'append', 'appendChild', 'remove'],
]);
const EFFECT_OBJECTS = new Set(['console', 'Object', 'Reflect']);

/**
 * The line of a cell's last statement when it is an expression whose value nobody sees: a cell
 * of several statements displays only what it passes to `display()`, so `const n = 1; md\`…\``
 * shows nothing. `null` for a single expression (displayed), a declaration, an assignment, a
 * call done for its effect, or a cell that does not parse (its syntax error says enough).
 */
export function hiddenLastExpression(source: string): { line: number } | null {
  let program: Program;
  try {
    const parsed = parseCell(source);
    if (parsed.kind === 'expression') return null;
    program = parsed.node;
  } catch (error) {
    if (error instanceof CellParseError || error instanceof RangeError) return null;
    throw error;
  }
  const last = program.body.at(-1);
  if (last?.type !== 'ExpressionStatement' || 'directive' in last) return null;
  return meantToBeSeen(last.expression) ? { line: last.loc?.start.line ?? 1 } : null;
}

function meantToBeSeen(node: Expression): boolean {
  switch (node.type) {
    case 'AwaitExpression':
      return node.argument.type !== 'CallExpression' || meantToBeSeen(node.argument);
    case 'CallExpression':
    case 'NewExpression': {
      const root = rootName(node.callee);
      if (SHOWN_CALLS.has(root)) return true;
      if (node.callee.type !== 'MemberExpression' || EFFECT_OBJECTS.has(root)) return false;
      const method = node.callee.property;
      return (
        node.callee.computed || method.type !== 'Identifier' || !EFFECT_METHODS.has(method.name)
      );
    }
    case 'ParenthesizedExpression':
      return meantToBeSeen(node.expression);
    case 'ChainExpression':
      return node.expression.type === 'MemberExpression' || meantToBeSeen(node.expression);
    case 'AssignmentExpression':
    case 'UpdateExpression':
    case 'YieldExpression':
      return false;
    case 'UnaryExpression':
      return node.operator !== 'void' && node.operator !== 'delete';
    default:
      return true;
  }
}

/** `aq` for `aq.table(…).filter(…)`, `md` for `md(…)`; '' when the callee is not a name. */
function rootName(callee: Expression | Super): string {
  let node: Expression | Super = callee;
  for (;;) {
    if (node.type === 'Identifier') return node.name;
    if (node.type === 'MemberExpression') node = node.object;
    else if (node.type === 'CallExpression') node = node.callee;
    else return '';
  }
}
