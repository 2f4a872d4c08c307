import type { ModuleDeclaration, Pattern, Program, Statement, VariableDeclaration } from 'acorn';

/**
 * What names a piece of syntax binds, without looking at what it reads: the declarations a
 * scope holds before any of its code runs (hoisting), which `references.ts` needs in order to
 * tell a closure reading a later declaration from a free name.
 */

type StatementLike = Statement | ModuleDeclaration;

/** Names a binding pattern binds: `{a, b: [c, ...d] = e}` binds `a`, `c` and `d`. */
export function patternNames(pattern: Pattern, out: string[] = []): string[] {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        patternNames(property.type === 'RestElement' ? property.argument : property.value, out);
      }
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) patternNames(element, out);
      break;
    case 'RestElement':
      patternNames(pattern.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, out);
      break;
    case 'MemberExpression':
      // Only in assignments (`[a.b] = x`), which bind nothing.
      break;
  }
  return out;
}

function declarationNames(declaration: VariableDeclaration, out: string[]): void {
  for (const declarator of declaration.declarations) patternNames(declarator.id, out);
}

/**
 * Names a statement list declares in its own block: `let`, `const`, `class`, and `function`
 * (block-scoped in strict code, which module code, and so cell code, always is).
 */
export function lexicalNames(body: readonly StatementLike[], out: string[] = []): string[] {
  for (const statement of body) {
    if (statement.type === 'VariableDeclaration') {
      if (statement.kind !== 'var') declarationNames(statement, out);
    } else if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      out.push(statement.id.name);
    }
  }
  return out;
}

/** `var` names hoisted out of nested blocks to the enclosing function (or the cell). */
export function varNames(body: readonly StatementLike[], out: string[] = []): string[] {
  for (const statement of body) hoistVars(statement, out);
  return out;
}

function hoistVars(statement: StatementLike | null | undefined, out: string[]): void {
  if (!statement) return;
  switch (statement.type) {
    case 'VariableDeclaration':
      if (statement.kind === 'var') declarationNames(statement, out);
      break;
    case 'BlockStatement':
      varNames(statement.body, out);
      break;
    case 'IfStatement':
      hoistVars(statement.consequent, out);
      hoistVars(statement.alternate, out);
      break;
    case 'ForStatement':
      if (statement.init?.type === 'VariableDeclaration') hoistVars(statement.init, out);
      hoistVars(statement.body, out);
      break;
    case 'ForInStatement':
    case 'ForOfStatement':
      if (statement.left.type === 'VariableDeclaration') hoistVars(statement.left, out);
      hoistVars(statement.body, out);
      break;
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'LabeledStatement':
      hoistVars(statement.body, out);
      break;
    case 'TryStatement':
      hoistVars(statement.block, out);
      hoistVars(statement.handler?.body, out);
      hoistVars(statement.finalizer, out);
      break;
    case 'SwitchStatement':
      for (const branch of statement.cases) varNames(branch.consequent, out);
      break;
    default:
      // Expressions, functions and classes: a `var` inside them belongs to them.
      break;
  }
}

/**
 * The names a cell declares for other cells: its top-level `const`, `let`, `var`, `function` and
 * `class` statements. Like Observable Framework, a `var` nested in a top-level block stays local.
 */
export function topLevelDeclarations(program: Program): string[] {
  const names: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') declarationNames(statement, names);
    else if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      names.push(statement.id.name);
    }
  }
  return [...new Set(names)];
}
