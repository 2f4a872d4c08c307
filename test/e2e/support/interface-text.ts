/**
 * The interface's own text on a page, without what the notebook says: what is shown, and names
 * and hints given to assistive technology. The i18n tests look for English in it.
 */
import type { Page } from 'playwright-core';

/**
 * What the notebook says, not the app: its title and summary, prose, code, Markdown outputs,
 * values, table cells and column names, the chart's drawing, its inputs' labels and its errors.
 */
export const NOTEBOOK_TEXT = [
  '.nb-header h1',
  '.nb-header .summary',
  '.prose',
  '.markdown',
  'pre',
  '.monaco-editor .view-lines',
  '.inspector .line',
  'td',
  'thead .name',
  'thead .type',
  'svg',
  '.input',
  // An error the notebook's code throws is its own text; algobook's own errors carry a code.
  '.error:not([data-code]) .name',
  '.error:not([data-code]) .message',
  // The examples' titles and summaries come from the notebooks too.
  '.cards a',
  '.cards p:not(.meta)',
].join(', ');

/** The interface's text on the page, each element's own text and accessible names and hints. */
export function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate((notebookText) => {
    const texts: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest(notebookText) || element.closest('script, style')) continue;
      for (const attribute of [
        'aria-label',
        'title',
        'placeholder',
        'alt',
        'aria-roledescription',
      ]) {
        const value = element.getAttribute(attribute);
        if (value) texts.push(value);
      }
      const own = [...element.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      if (own && element instanceof HTMLElement && element.checkVisibility())
        texts.push(element.innerText);
    }
    return texts.map((text) => text.trim()).filter(Boolean);
  }, NOTEBOOK_TEXT);
}
