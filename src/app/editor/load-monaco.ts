/**
 * Monaco in the interface's language. Monaco words its own interface (find widget, context
 * menu, command palette) through a global table of messages, which its French file fills in;
 * the table must be there before Monaco's modules run, so French is imported first, and
 * Monaco after it. Both load on demand, like the editor itself.
 */
import type { Locale } from '../i18n/i18n.svelte.ts';

type NlsGlobal = { _VSCODE_NLS_MESSAGES?: string[]; _VSCODE_NLS_LANGUAGE?: string };

const nls = globalThis as NlsGlobal;
let french: string[] | undefined;
let loading: Promise<typeof import('./monaco.ts')> | undefined;

/** Monaco, with its own interface in `locale` (English is built in). */
export function loadMonaco(locale: Locale): Promise<typeof import('./monaco.ts')> {
  loading ??= (async () => {
    if (locale === 'fr') await loadFrench();
    return import('./monaco.ts');
  })();
  return loading;
}

async function loadFrench(): Promise<void> {
  if (french) return;
  await import('monaco-editor/nls/lang/fr.js');
  french = nls._VSCODE_NLS_MESSAGES;
}

/**
 * Follows a change of the interface's language: Monaco reads the table when it builds a widget
 * or menu, so those built afterwards (a context menu opens anew each time) speak the new one.
 */
export async function setMonacoLocale(locale: Locale): Promise<void> {
  if (locale === 'fr') {
    await loadFrench();
    nls._VSCODE_NLS_MESSAGES = french;
    nls._VSCODE_NLS_LANGUAGE = 'fr';
  } else {
    nls._VSCODE_NLS_MESSAGES = undefined;
    nls._VSCODE_NLS_LANGUAGE = undefined;
  }
}
