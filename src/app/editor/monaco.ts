/**
 * Monaco, loaded on demand: the editor is 1.3 MB gzip, so only the editor page imports this
 * module, with `import()`. It sets up the editor's workers and the builtins' type declarations
 * that give completions for `aq`, `dataset`, `Inputs`...
 */
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { BUILTINS_DTS } from './builtins-dts.ts';

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

export { monaco };
