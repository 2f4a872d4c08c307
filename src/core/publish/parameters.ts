import type { Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import { parseCell } from '../analysis/parse.ts';
import type { Notebook } from '../format/types.ts';

/** An `Inputs.*` call in a code cell: a parameter a reader can change. */
export interface Parameter {
  /** The variable it is assigned to, else its label, else `Inputs.<kind> in cell <n>`. */
  name: string;
  /** The call as written, e.g. `Inputs.range([0, 100], {label: "Seuil", value: 50})`. */
  text: string;
  /** Its code cell's number (from 1). */
  cell: number;
}

/** The notebook's parameters in page order; a cell that does not parse has none. */
export function parametersOf(notebook: Notebook): Parameter[] {
  const found: Parameter[] = [];
  const names = new Map<string, number>();
  let cellNumber = 0;
  for (const cell of notebook.cells) {
    if (cell.kind !== 'code') continue;
    cellNumber += 1;
    if (!cell.source.includes('Inputs')) continue;
    let root: Node;
    try {
      const parsed = parseCell(cell.source);
      root = parsed.node;
    } catch {
      continue;
    }
    const calls: { node: CallNode; parents: Node[] }[] = [];
    ancestor(root, {
      CallExpression(node, _state, parents) {
        if (isInputsCall(node)) calls.push({ node: node as CallNode, parents: [...parents] });
      },
    });
    for (const { node, parents } of calls) {
      const base =
        nameOf(node, parents) ?? `Inputs.${node.callee.property.name} in cell ${cellNumber}`;
      const seen = (names.get(base) ?? 0) + 1;
      names.set(base, seen);
      found.push({
        name: seen === 1 ? base : `${base} (${seen})`,
        text: cell.source.slice(node.start, node.end),
        cell: cellNumber,
      });
    }
  }
  return found;
}

interface CallNode extends Node {
  callee: { type: 'MemberExpression'; property: { name: string } };
  arguments: Node[];
}

function isInputsCall(node: Node): boolean {
  const callee = (node as unknown as { callee: Record<string, unknown> }).callee as
    | { type: string; object?: { type: string; name?: string }; property?: { type: string } }
    | undefined;
  return (
    callee?.type === 'MemberExpression' &&
    callee.object?.type === 'Identifier' &&
    callee.object.name === 'Inputs' &&
    callee.property?.type === 'Identifier'
  );
}

/** The declared variable holding the input (through `view(...)`), else its `label` option. */
function nameOf(node: CallNode, parents: Node[]): string | undefined {
  for (let i = parents.length - 2; i >= 0; i--) {
    const parent = parents[i] as Node & { id?: { type: string; name?: string } };
    if (parent.type === 'VariableDeclarator') {
      return parent.id?.type === 'Identifier' ? parent.id.name : undefined;
    }
    if (/Statement|Function|Program/.test(parent.type)) break;
  }
  for (const argument of node.arguments) {
    if (argument.type !== 'ObjectExpression') continue;
    const properties = (argument as unknown as { properties: Record<string, unknown>[] })
      .properties;
    for (const property of properties) {
      const key = property.key as { type: string; name?: string; value?: unknown } | undefined;
      const value = property.value as { type: string; value?: unknown } | undefined;
      const keyName = key?.type === 'Identifier' ? key.name : key?.value;
      if (keyName === 'label' && value?.type === 'Literal' && typeof value.value === 'string') {
        return value.value;
      }
    }
  }
  return undefined;
}
