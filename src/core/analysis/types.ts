/** The forms of `import` a cell cannot take, each with the code of its error. */
export type ImportCellCode =
  | 'import-not-alone'
  | 'import-several-sources'
  | 'import-attributes'
  | 'import-no-names'
  | 'import-default'
  | 'import-namespace';

/** A syntax error located within the cell's own source (1-based line and column). */
export interface CellSyntaxError {
  name: 'SyntaxError';
  /**
   * A stable code the page can translate, set for a cell too deeply nested for the parser
   * (`too-deep`: valid JavaScript, perhaps, but beyond what can be analysed) and for a form of
   * `import` a cell cannot take; other syntax errors are coded from acorn's message.
   */
  code?: 'too-deep' | ImportCellCode;
  /** The parameters of `code`'s message (the import's name...). */
  params?: Record<string, string>;
  message: string;
  line: number;
  column: number;
}

/** What a cell declares, what it reads from other cells, and how it runs. */
export interface CellAnalysis {
  /** Top-level names the cell defines for other cells (`const`, `let`, `var`, `function`, `class`). */
  declarations: string[];
  /** Free names the cell reads or assigns: other cells' names, builtins or globals. */
  references: string[];
  /** The cell is a single expression (no trailing semicolon): its value is displayed. */
  expression: boolean;
  /** The cell awaits at its top level. */
  hasAwait: boolean;
  /**
   * Set for an import cell (`import {a, b as c} from "atmo"`, issue 14): which import it reads
   * and which names it takes. Its `declarations` are then the local names (`a`, `c`).
   */
  import?: { from: string; names: { imported: string; local: string }[] };
  /** Set when the cell cannot run (syntax error, `export`, an unsupported `import`); the lists are then empty. */
  error?: CellSyntaxError;
}
