import { textHash } from '../core/publish/index.ts';
import { exportCard } from '../core/register/export.ts';
import { registerEntry } from '../core/register/entry.ts';
import { EXIT, type Io } from './command.ts';
import type { NotebookSource } from './notebook-source.ts';
import { registerTarget, reportGaps, writeExport } from './register-export.ts';

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * `algobook card FILE --to STANDARD`: the notebook's card in a public register's layout. The
 * entry is the notebook's own: its id, title, language, licence, version and date as its front
 * matter says, the sha256 of its text, and its address when it was read from a URL.
 */
export async function cardExport(source: NotebookSource, values: Values, io: Io): Promise<number> {
  if (values.json) {
    io.stderr('algobook card: --json and --to cannot be used together.\n');
    return EXIT.unusable;
  }
  const target = registerTarget(values, 'card', io);
  if (!target) return EXIT.unusable;
  const { front } = source.notebook;
  const entry = registerEntry(source.notebook, {
    id: front.id,
    title: front.title,
    ...(front.lang ? { lang: front.lang } : {}),
    ...(front.license ? { license: front.license } : {}),
    version: front.version ?? 0,
    published: front.published ?? '',
    sha256: textHash(source.text),
    ...(source.base.kind === 'url' ? { url: source.base.url.href } : {}),
  });
  const exported = exportCard(target.standard, entry, target.format);
  const output = typeof values.output === 'string' ? values.output : undefined;
  if (!(await writeExport(exported, output, 'card', io))) return EXIT.unusable;
  reportGaps(exported, target.standard, 1, 'card', io);
  return EXIT.ok;
}
