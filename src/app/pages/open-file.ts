import { isZip, unpackBundle } from '../../core/publish/bundle.ts';
import { PublishError } from '../../core/publish/errors.ts';
import { describePublishError } from '../publish/describe-error.ts';
import { storeFiles } from '../data/store-files.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { importFile, type Imported } from './import-file.ts';
import { parseText } from './load-notebook.ts';

/**
 * A notebook file chosen by the person: an `.algo.md` or `.ipynb` (`importFile`), or a bundle
 * (`.algobook.zip`), whose files are checked against their pins and kept in this browser.
 */
export async function openFile(file: File): Promise<Imported> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isZip(bytes)) return importFile(file.name, new TextDecoder().decode(bytes));
  try {
    const bundle = unpackBundle(bytes);
    const loaded = parseText(bundle.text, location.href);
    if (!loaded.ok) return { ok: false, message: loaded.message };
    await storeFiles(loaded.notebook, bundle.files);
    return { ok: true, text: bundle.text, title: loaded.notebook.front.title };
  } catch (error) {
    const reason = error instanceof PublishError ? describePublishError(error) : String(error);
    return { ok: false, message: t('localdata.open.failed', { reason }) };
  }
}
