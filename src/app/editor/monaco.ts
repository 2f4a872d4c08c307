/**
 * Monaco, loaded on demand: the editor is 1.3 MB gzip, so only the editor page imports this
 * module, with `import()`. It sets up the editor's workers and the builtins' type declarations
 * that give completions for `aq`, `dataset`, `Inputs`...
 */
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { BUILTINS_DTS } from './builtins-dts.ts';
import { completionAt, importNames } from './import-completions.ts';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

// Without getWorker the editor worker fails silently and highlighting/completions never come.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

const js = monaco.typescript.javascriptDefaults;
js.setCompilerOptions({
  target: monaco.typescript.ScriptTarget.ESNext,
  allowNonTsExtensions: true,
  checkJs: false,
  noLib: false,
});
// Cells see each other's declarations at run time, not in the editor: don't flag them.
js.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: false });
js.addExtraLib(BUILTINS_DTS, 'file:///algobook-builtins.d.ts');

// The names an imported notebook defines, inside `import { … } from "name"`; the imports, in `use("`.
monaco.languages.registerCompletionItemProvider('javascript', {
  triggerCharacters: ['{', ',', ' ', '"', "'"],
  provideCompletionItems(model, position) {
    const at = completionAt(model.getValue(), model.getOffsetAt(position));
    if (!at) return { suggestions: [] };
    const word = model.getWordUntilPosition(position);
    const range = new monaco.Range(
      position.lineNumber,
      word.startColumn,
      position.lineNumber,
      word.endColumn,
    );
    const known = importNames();
    const labels =
      at.kind === 'imports'
        ? Object.keys(known)
        : Object.hasOwn(known, at.from)
          ? [...known[at.from]]
          : [];
    return {
      suggestions: labels.map((label) => ({
        label,
        kind:
          at.kind === 'imports'
            ? monaco.languages.CompletionItemKind.Module
            : monaco.languages.CompletionItemKind.Variable,
        detail: at.kind === 'imports' ? 'import' : `from "${at.from}"`,
        insertText: label,
        range,
        sortText: `0${label}`,
      })),
    };
  },
});

export { monaco };
