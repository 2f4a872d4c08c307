import type {
  AnyNode,
  Class,
  Expression,
  Function as FunctionNode,
  ModuleDeclaration,
  Pattern,
  Program,
  Statement,
} from 'acorn';
import { lexicalNames, patternNames, varNames } from './bindings.ts';
import { childNodes, depthFirst } from './nodes.ts';

/**
 * Free names of a cell: identifiers it reads or assigns that no enclosing scope of the cell
 * declares. Every scope's bindings are collected when the scope is entered (hoisting), so a
 * closure reading a declaration that comes later in the cell is not a reference.
 */

interface Scope {
  names: ReadonlySet<string>;
  parent: Scope | null;
}

/**
 * One step of the walk: a node to read, a pattern whose names are already bound (only its
 * defaults and computed keys read), or a name read or assigned. The walk keeps its pending steps
 * on a work list rather than the call stack, so a deep tree cannot overflow it.
 */
type Step =
  | { kind: 'node'; node: AnyNode; scope: Scope }
  | { kind: 'binding'; pattern: Pattern; scope: Scope }
  | { kind: 'reference'; name: string; scope: Scope; at?: Position };

/** Where a name is read: 1-based line and column within the cell. */
export interface Position {
  line: number;
  column: number;
}

const node = (n: AnyNode, scope: Scope): Step => ({ kind: 'node', node: n, scope });
const binding = (pattern: Pattern, scope: Scope): Step => ({ kind: 'binding', pattern, scope });

function child(parent: Scope, names: Iterable<string>): Scope {
  return { names: new Set(names), parent };
}

function declared(name: string, scope: Scope | null): boolean {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}

/** Free names of a parsed cell, in order of first use. */
export function freeReferences(root: Program | Expression): string[] {
  return [...freeReferenceSites(root).keys()];
}

/** Free names of a parsed cell, in order of first use, each with where it is first read. */
export function freeReferenceSites(root: Program | Expression): Map<string, Position | undefined> {
  const found = new Map<string, Position | undefined>();
  depthFirst<Step>(node(root, { names: new Set(), parent: null }), (step) => {
    switch (step.kind) {
      case 'node':
        return nodeSteps(step.node, step.scope);
      case 'binding':
        return bindingSteps(step.pattern, step.scope);
      case 'reference':
        if (!declared(step.name, step.scope) && !found.get(step.name))
          found.set(step.name, step.at);
        return;
      default:
        return assertNever(step);
    }
  });
  return found;
}

function assertNever(x: never): never {
  throw new Error(`Unexpected step: ${JSON.stringify(x)}`);
}

function block(body: readonly (Statement | ModuleDeclaration)[], parent: Scope): Step[] {
  const scope = child(parent, lexicalNames(body));
  return body.map((statement) => node(statement, scope));
}

function bindingSteps(pattern: Pattern, scope: Scope): Step[] {
  switch (pattern.type) {
    case 'Identifier':
      return [];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement'
          ? [binding(property.argument, scope)]
          : [
              ...(property.computed ? [node(property.key, scope)] : []),
              binding(property.value, scope),
            ],
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element ? [binding(element, scope)] : []));
    case 'RestElement':
      return [binding(pattern.argument, scope)];
    case 'AssignmentPattern':
      return [binding(pattern.left, scope), node(pattern.right, scope)];
    case 'MemberExpression':
      return [node(pattern, scope)];
  }
}

/** The target of an assignment: its identifiers are references (assigned, not declared). */
function target(pattern: Pattern, scope: Scope): Step[] {
  return [
    binding(pattern, scope),
    ...patternNames(pattern).map((name): Step => ({ kind: 'reference', name, scope })),
  ];
}

function fn(n: FunctionNode, parent: Scope): Step[] {
  const names = [...(n.id && n.type === 'FunctionExpression' ? [n.id.name] : [])];
  for (const param of n.params) patternNames(param, names);
  if (n.type !== 'ArrowFunctionExpression') names.push('arguments');
  if (n.body.type === 'BlockStatement') {
    varNames(n.body.body, names);
    lexicalNames(n.body.body, names);
  }
  const scope = child(parent, names);
  const params = n.params.map((param) => binding(param, scope));
  return n.body.type === 'BlockStatement'
    ? [...params, ...n.body.body.map((statement) => node(statement, scope))]
    : [...params, node(n.body, scope)];
}

function cls(n: Class, parent: Scope): Step[] {
  const steps: Step[] = n.superClass ? [node(n.superClass, parent)] : [];
  // The class name is bound inside the class body too, even for class expressions.
  const scope = child(parent, n.id ? [n.id.name] : []);
  for (const member of n.body.body) {
    if (member.type === 'StaticBlock') {
      steps.push(...block(member.body, child(scope, varNames(member.body))));
      continue;
    }
    if (member.computed) steps.push(node(member.key, scope));
    if (member.value) steps.push(node(member.value, scope));
  }
  return steps;
}

function nodeSteps(n: AnyNode, scope: Scope): Step[] {
  switch (n.type) {
    case 'Identifier': {
      const at = n.loc && { line: n.loc.start.line, column: n.loc.start.column + 1 };
      return [{ kind: 'reference', name: n.name, scope, ...(at ? { at } : {}) }];
    }
    case 'Program':
      return block(n.body, child(scope, varNames(n.body)));
    case 'BlockStatement':
      return block(n.body, scope);
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return fn(n, scope);
    case 'ClassDeclaration':
    case 'ClassExpression':
      return cls(n, scope);
    case 'VariableDeclaration':
      return n.declarations.flatMap((declarator) => [
        binding(declarator.id, scope),
        ...(declarator.init ? [node(declarator.init, scope)] : []),
      ]);
    case 'AssignmentExpression':
      return [...target(n.left, scope), node(n.right, scope)];
    case 'ForStatement': {
      const inner =
        n.init?.type === 'VariableDeclaration' && n.init.kind !== 'var'
          ? child(scope, lexicalNames([n.init]))
          : scope;
      return [n.init, n.test, n.update, n.body].flatMap((part) =>
        part ? [node(part, inner)] : [],
      );
    }
    case 'ForInStatement':
    case 'ForOfStatement': {
      const left = n.left;
      if (left.type === 'VariableDeclaration') {
        const inner = left.kind === 'var' ? scope : child(scope, lexicalNames([left]));
        return [node(n.right, scope), node(left, inner), node(n.body, inner)];
      }
      return [node(n.right, scope), ...target(left, scope), node(n.body, scope)];
    }
    case 'CatchClause': {
      const inner = child(scope, n.param ? patternNames(n.param) : []);
      return [...(n.param ? [binding(n.param, inner)] : []), node(n.body, inner)];
    }
    case 'SwitchStatement': {
      const inner = child(scope, lexicalNames(n.cases.flatMap((c) => c.consequent)));
      return [
        node(n.discriminant, scope),
        ...n.cases.flatMap((branch) => [
          ...(branch.test ? [node(branch.test, inner)] : []),
          ...branch.consequent.map((statement) => node(statement, inner)),
        ]),
      ];
    }
    case 'MemberExpression':
      return n.computed
        ? [node(n.object, scope), node(n.property, scope)]
        : [node(n.object, scope)];
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return [
        ...(n.computed ? [node(n.key, scope)] : []),
        ...(n.value ? [node(n.value, scope)] : []),
      ];
    case 'LabeledStatement':
      return [node(n.body, scope)];
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
    case 'PrivateIdentifier':
    case 'ThisExpression':
    case 'Super':
    case 'Literal':
    case 'TemplateElement':
      return [];
    default:
      return childNodes(n).map((next) => node(next, scope));
  }
}
