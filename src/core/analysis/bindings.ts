import type { ModuleDeclaration, Pattern, Program, Statement, VariableDeclaration } from 'acorn';
import { depthFirst } from './nodes.ts';

/**
 * What names a piece of syntax binds, without looking at what it reads: the declarations a
 * scope holds before any of its code runs (hoisting), which `references.ts` needs in order to
 * tell a closure reading a later declaration from a free name.
 */

type StatementLike = Statement | ModuleDeclaration;

/** Names a binding pattern binds: `{a, b: [c, ...d] = e}` binds `a`, `c` and `d`. */
export function patternNames(pattern: Pattern, out: string[] = []): string[] {
  depthFirst<Pattern>(pattern, (item) => {
    switch (item.type) {
      case 'Identifier':
        out.push(item.name);
        return;
      case 'ObjectPattern':
        return item.properties.map((property) =>
          property.type === 'RestElement' ? property.argument : property.value,
        );
      case 'ArrayPattern':
        return item.elements.filter((element) => element !== null);
      case 'RestElement':
        return [item.argument];
      case 'AssignmentPattern':
        return [item.left];
      case 'MemberExpression':
        // Only in assignments (`[a.b] = x`), which bind nothing.
        return;
    }
  });
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
  for (const statement of body)
    depthFirst<StatementLike | null | undefined>(statement, hoisted(out));
  return out;
}

/** One step of the walk for `var`s: records a declaration, or gives the statements nested in it. */
function hoisted(out: string[]) {
  return (statement: StatementLike | null | undefined): (StatementLike | null | undefined)[] => {
    if (!statement) return [];
    switch (statement.type) {
      case 'VariableDeclaration':
        if (statement.kind === 'var') declarationNames(statement, out);
        return [];
      case 'BlockStatement':
        return statement.body;
      case 'IfStatement':
        return [statement.consequent, statement.alternate];
      case 'ForStatement':
        return [
          statement.init?.type === 'VariableDeclaration' ? statement.init : null,
          statement.body,
        ];
      case 'ForInStatement':
      case 'ForOfStatement':
        return [
          statement.left.type === 'VariableDeclaration' ? statement.left : null,
          statement.body,
        ];
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
        return [statement.body];
      case 'TryStatement':
        return [statement.block, statement.handler?.body, statement.finalizer];
      case 'SwitchStatement':
        return statement.cases.flatMap((branch) => branch.consequent);
      default:
        // Expressions, functions and classes: a `var` inside them belongs to them.
        return [];
    }
  };
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
