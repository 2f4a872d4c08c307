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
import { childNodes } from './nodes.ts';

/**
 * Free names of a cell: identifiers it reads or assigns that no enclosing scope of the cell
 * declares. Every scope's bindings are collected when the scope is entered (hoisting), so a
 * closure reading a declaration that comes later in the cell is not a reference.
 */

interface Scope {
  names: ReadonlySet<string>;
  parent: Scope | null;
}

/** Free names of a parsed cell, in order of first use. */
export function freeReferences(root: Program | Expression): string[] {
  const found = new Set<string>();

  function declared(name: string, scope: Scope | null): boolean {
    for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
    return false;
  }

  function reference(name: string, scope: Scope): void {
    if (!declared(name, scope)) found.add(name);
  }

  function child(parent: Scope, names: Iterable<string>): Scope {
    return { names: new Set(names), parent };
  }

  function block(body: readonly (Statement | ModuleDeclaration)[], parent: Scope): void {
    const scope = child(parent, lexicalNames(body));
    for (const statement of body) walk(statement, scope);
  }

  /** A pattern that binds names already in scope: only its defaults and computed keys read. */
  function binding(pattern: Pattern, scope: Scope): void {
    switch (pattern.type) {
      case 'Identifier':
        break;
      case 'ObjectPattern':
        for (const property of pattern.properties) {
          if (property.type === 'RestElement') binding(property.argument, scope);
          else {
            if (property.computed) walk(property.key, scope);
            binding(property.value, scope);
          }
        }
        break;
      case 'ArrayPattern':
        for (const element of pattern.elements) if (element) binding(element, scope);
        break;
      case 'RestElement':
        binding(pattern.argument, scope);
        break;
      case 'AssignmentPattern':
        binding(pattern.left, scope);
        walk(pattern.right, scope);
        break;
      case 'MemberExpression':
        walk(pattern, scope);
        break;
    }
  }

  /** The target of an assignment: its identifiers are references (assigned, not declared). */
  function target(pattern: Pattern, scope: Scope): void {
    binding(pattern, scope);
    for (const name of patternNames(pattern)) reference(name, scope);
  }

  function fn(node: FunctionNode, parent: Scope): void {
    const names = [...(node.id && node.type === 'FunctionExpression' ? [node.id.name] : [])];
    for (const param of node.params) patternNames(param, names);
    if (node.type !== 'ArrowFunctionExpression') names.push('arguments');
    if (node.body.type === 'BlockStatement') {
      varNames(node.body.body, names);
      lexicalNames(node.body.body, names);
    }
    const scope = child(parent, names);
    for (const param of node.params) binding(param, scope);
    if (node.body.type === 'BlockStatement') {
      for (const statement of node.body.body) walk(statement, scope);
    } else walk(node.body, scope);
  }

  function cls(node: Class, parent: Scope): void {
    if (node.superClass) walk(node.superClass, parent);
    // The class name is bound inside the class body too, even for class expressions.
    const scope = child(parent, node.id ? [node.id.name] : []);
    for (const member of node.body.body) {
      if (member.type === 'StaticBlock') {
        block(member.body, child(scope, varNames(member.body)));
        continue;
      }
      if (member.computed) walk(member.key, scope);
      if (member.value) walk(member.value, scope);
    }
  }

  function walk(node: AnyNode, scope: Scope): void {
    switch (node.type) {
      case 'Identifier':
        reference(node.name, scope);
        return;
      case 'Program':
        block(node.body, child(scope, varNames(node.body)));
        return;
      case 'BlockStatement':
        block(node.body, scope);
        return;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        fn(node, scope);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression':
        cls(node, scope);
        return;
      case 'VariableDeclaration':
        for (const declarator of node.declarations) {
          binding(declarator.id, scope);
          if (declarator.init) walk(declarator.init, scope);
        }
        return;
      case 'AssignmentExpression':
        target(node.left, scope);
        walk(node.right, scope);
        return;
      case 'ForStatement': {
        const inner =
          node.init?.type === 'VariableDeclaration' && node.init.kind !== 'var'
            ? child(scope, lexicalNames([node.init]))
            : scope;
        if (node.init) walk(node.init, inner);
        if (node.test) walk(node.test, inner);
        if (node.update) walk(node.update, inner);
        walk(node.body, inner);
        return;
      }
      case 'ForInStatement':
      case 'ForOfStatement': {
        walk(node.right, scope);
        const left = node.left;
        if (left.type === 'VariableDeclaration') {
          const inner = left.kind === 'var' ? scope : child(scope, lexicalNames([left]));
          walk(left, inner);
          walk(node.body, inner);
        } else {
          target(left, scope);
          walk(node.body, scope);
        }
        return;
      }
      case 'CatchClause': {
        const inner = child(scope, node.param ? patternNames(node.param) : []);
        if (node.param) binding(node.param, inner);
        walk(node.body, inner);
        return;
      }
      case 'SwitchStatement': {
        walk(node.discriminant, scope);
        const inner = child(scope, lexicalNames(node.cases.flatMap((c) => c.consequent)));
        for (const branch of node.cases) {
          if (branch.test) walk(branch.test, inner);
          for (const statement of branch.consequent) walk(statement, inner);
        }
        return;
      }
      case 'MemberExpression':
        walk(node.object, scope);
        if (node.computed) walk(node.property, scope);
        return;
      case 'Property':
      case 'PropertyDefinition':
      case 'MethodDefinition':
        if (node.computed) walk(node.key, scope);
        if (node.value) walk(node.value, scope);
        return;
      case 'LabeledStatement':
        walk(node.body, scope);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'MetaProperty':
      case 'PrivateIdentifier':
      case 'ThisExpression':
      case 'Super':
      case 'Literal':
      case 'TemplateElement':
        return;
      default:
        for (const next of childNodes(node)) walk(next, scope);
    }
  }

  walk(root, { names: new Set(), parent: null });
  return [...found];
}
