import type { ImportDeclaration, ModuleDeclaration, Program, Statement } from 'acorn';
import { englishMessage } from '../errors/index.ts';
import type { CellSyntaxError, ImportCellCode } from './types.ts';

/** What an import cell takes: the import's name and each name, as imported and as bound here. */
export interface ImportAnalysis {
  from: string;
  names: { imported: string; local: string }[];
}

/**
 * The import a cell makes, if it is an import cell (issue 14): one or more declarations of named
 * specifiers (`import {a, b as c} from "atmo"`), all from the same import, and nothing else. The
 * names are a notebook's top-level names, so a default or namespace import has nothing to bind;
 * a mixed cell is refused because an import cell defines nothing else. `undefined` for a cell
 * without `import`; an unsupported form is returned as the error of its first offending line.
 */
export function importOf(program: Program): ImportAnalysis | CellSyntaxError | undefined {
  const declarations = program.body.filter(isImport);
  if (declarations.length === 0) return undefined;
  const first = declarations[0];
  const from = String(first.source.value);
  const other = program.body.find((statement) => !isImport(statement));
  // Located where the cell stops being an import cell: the first statement after the other kind.
  if (other)
    return failure(other.start > first.start ? other : first, 'import-not-alone', { from });
  const names: ImportAnalysis['names'] = [];
  for (const declaration of declarations) {
    const source = String(declaration.source.value);
    if (source !== from)
      return failure(declaration, 'import-several-sources', { from, other: source });
    if (declaration.attributes.length > 0)
      return failure(declaration.attributes[0], 'import-attributes', { from: source });
    if (declaration.specifiers.length === 0)
      return failure(declaration, 'import-no-names', { from: source });
    for (const specifier of declaration.specifiers) {
      if (specifier.type === 'ImportDefaultSpecifier')
        return failure(specifier, 'import-default', { from: source, local: specifier.local.name });
      if (specifier.type === 'ImportNamespaceSpecifier')
        return failure(specifier, 'import-namespace', {
          from: source,
          local: specifier.local.name,
        });
      const { imported, local } = specifier;
      names.push({
        imported: imported.type === 'Identifier' ? imported.name : String(imported.value),
        local: local.name,
      });
    }
  }
  return { from, names };
}

function isImport(statement: Statement | ModuleDeclaration): statement is ImportDeclaration {
  return statement.type === 'ImportDeclaration';
}

function failure(
  at: { loc?: { start: { line: number; column: number } } | null },
  code: ImportCellCode,
  params: Record<string, string>,
): CellSyntaxError {
  return {
    name: 'SyntaxError',
    code,
    params,
    message: englishMessage(code, params),
    line: at.loc?.start.line ?? 1,
    column: (at.loc?.start.column ?? 0) + 1,
  };
}

/**
 * Where an import cell names `name` (1-based line and column of the specifier), or, without a
 * name or when it is not there, its first `from "…"`.
 */
export function importNodeSite(
  program: Program,
  name?: string,
): { line: number; column: number } | undefined {
  const declarations = program.body.filter(isImport);
  for (const declaration of declarations)
    for (const specifier of declaration.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const { imported } = specifier;
      const text = imported.type === 'Identifier' ? imported.name : String(imported.value);
      if (text === name) return at(imported);
    }
  return declarations.length ? at(declarations[0].source) : undefined;
}

function at(node: { loc?: { start: { line: number; column: number } } | null }) {
  return node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : undefined;
}
