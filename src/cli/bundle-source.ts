import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from '../core/format/index.ts';
import { checkBundleFiles, unpackBundle } from '../core/publish/bundle.ts';
import { PublishError } from '../core/publish/errors.ts';
import { fileError } from './notebook-source.ts';

/**
 * A bundle (`<name>.algobook.zip`) opened for the command line: unpacked into a folder of its
 * own under the system's temporary folder, once every file is checked against its pin (names
 * that could leave the folder, unexpected entries, sizes and hashes, see `core/publish/bundle`),
 * so the commands read the notebook and its `data/` as they read any folder.
 */
export async function openBundle(
  path: string,
): Promise<{ text: string; base: { kind: 'dir'; dir: string; file: string } } | { error: string }> {
  let zip: Uint8Array;
  try {
    zip = new Uint8Array(await readFile(path));
  } catch (error) {
    return { error: `cannot read ${path}: ${fileError(error)}.` };
  }
  try {
    const bundle = unpackBundle(zip);
    // A notebook that does not parse is reported by the caller, with its line.
    let notebook;
    try {
      notebook = parse(bundle.text);
    } catch {
      notebook = undefined;
    }
    if (notebook) await checkBundleFiles(notebook, bundle.files);
    else if (bundle.files.size)
      throw new PublishError(
        'bundle-unexpected',
        `${path}: its notebook cannot be read, so its files are not unpacked.`,
        { entry: [...bundle.files.keys()][0] },
      );
    const dir = await mkdtemp(join(tmpdir(), 'algobook-bundle-'));
    const file = join(dir, bundle.name);
    await writeFile(file, bundle.text);
    for (const [relative, bytes] of bundle.files) {
      const target = join(dir, ...relative.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
    return { text: bundle.text, base: { kind: 'dir', dir, file } };
  } catch (error) {
    if (error instanceof PublishError) return { error: `${path}: ${error.message}` };
    throw error;
  }
}
