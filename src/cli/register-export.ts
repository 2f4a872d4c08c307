import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  REGISTER_STANDARDS,
  type RegisterExport,
  type RegisterFormat,
  type RegisterGap,
  type RegisterStandard,
} from '../core/register/types.ts';
import { DEFAULT_FORMAT } from '../core/register/export.ts';
import type { Command, Io } from './command.ts';

/** `--to`, `--format` and `-o`, shared by `algobook card` and `algobook catalog`. */
export const REGISTER_OPTIONS: Command['options'] = {
  to: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
};

/** The help lines of those options. */
export const REGISTER_HELP = `  --to STANDARD      Export to a public register's standard: etalab (Etalab's inventory
                     of algorithms, CSV), nl-algoritmeregister (the Dutch Algoritmeregister's
                     publication standard v1.0, JSON) or uk-atrs (the UK's Algorithmic
                     Transparency Recording Standard v3.0, JSON)
  --format csv|json  The file's format instead of the standard's own (CSV for all)
  -o, --output OUT   Write the export to OUT, whole or not at all, instead of standard output`;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** The standard and format asked for, or undefined after saying what is wrong. */
export function registerTarget(
  values: Values,
  command: string,
  io: Io,
): { standard: RegisterStandard; format: RegisterFormat } | undefined {
  const to = values.to;
  const standard = REGISTER_STANDARDS.find((s) => s === to);
  if (!standard) {
    io.stderr(
      `algobook ${command}: --to must be one of ${REGISTER_STANDARDS.join(', ')}, not "${String(to)}".\n`,
    );
    return undefined;
  }
  const format = values.format ?? DEFAULT_FORMAT[standard];
  if (format !== 'csv' && format !== 'json') {
    io.stderr(`algobook ${command}: --format must be csv or json, not "${String(format)}".\n`);
    return undefined;
  }
  return { standard, format };
}

/**
 * Writes the export to standard output, or to `out`: first under a temporary name in the same
 * folder, then renamed, so that OUT is never half a file. False after saying why it failed.
 */
export async function writeExport(
  exported: RegisterExport,
  out: string | undefined,
  command: string,
  io: Io,
): Promise<boolean> {
  if (out === undefined || out === '-') {
    io.stdout(exported.text);
    return true;
  }
  const temp = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, exported.text, 'utf8');
    await rename(temp, out);
    return true;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`algobook ${command}: cannot write ${out}: ${reason}\n`);
    return false;
  }
}

/** A gap as one line: `<id>: <field> unknown`, `missing`, `longer than N` or `not allowed`. */
export function gapLine(gap: RegisterGap): string {
  const what = {
    unknown: 'unknown',
    missing: 'missing',
    'too-long': `longer than ${gap.limit}`,
    'not-allowed': 'not allowed',
  }[gap.reason];
  return `${printable(gap.id)}: ${gap.field} ${what}`;
}

/**
 * A catalog's id as it may be printed: a stranger's catalog may hold control characters (line
 * breaks, terminal escapes) that would forge or hide lines on a terminal; each becomes `?`.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** Each gap on standard error, then one line saying what was exported and what it lacks. */
export function reportGaps(
  exported: RegisterExport,
  standard: RegisterStandard,
  algorithms: number,
  command: string,
  io: Io,
): void {
  for (const gap of exported.gaps) io.stderr(gapLine(gap) + '\n');
  const required = exported.gaps.filter((g) => g.required).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stderr(
    `algobook ${command}: ${plural(algorithms, 'algorithm')} exported to ${standard} (${exported.format}); ` +
      `${plural(exported.gaps.length, 'field')} could not be filled as the standard wants (${required} required).\n`,
  );
}
