import { FormatError } from './errors.ts';
import { SHA256_HEX as SHA256 } from './sha256-hex.ts';
import { isRecord, shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

const HEX = '64 lower-case hexadecimal digits';
// An ISO 8601 date-time with its offset, as publishing writes it (`2026-11-26T01:05:09Z`), or a
// date alone, as a person may write it.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Checks the keys publishing writes (issue 5): `version`, `published`, `message`, `parent`,
 * `results` and `forkOf`. All are optional (a draft has none), but when present they must be
 * what publishing writes, since verification trusts them.
 */
export function checkPublishKeys(front: Record<string, unknown>, at: Locator): void {
  const fail = (key: string, reason: string): never => {
    throw new FormatError(at.keyLine(key), reason);
  };
  const { version, published, message, parent, results, forkOf } = front;
  if (version !== undefined && !isWhole(version)) {
    fail('version', `\`version\` must be a whole number from 1, not ${shown(version)}`);
  }
  if (published !== undefined) {
    if (
      typeof published !== 'string' ||
      !DATE_TIME.test(published) ||
      Number.isNaN(Date.parse(published))
    ) {
      fail(
        'published',
        `\`published\` must be an ISO date or date-time such as 2026-11-26T09:30:00Z, not ${shown(published)}`,
      );
    }
  }
  if (message !== undefined && typeof message !== 'string') {
    fail('message', `\`message\` must be text, not ${shown(message)}`);
  }
  if (parent !== undefined && (typeof parent !== 'string' || !SHA256.test(parent))) {
    fail(
      'parent',
      `\`parent\` must be the sha256 of the previous version: ${HEX}, not ${shown(parent)}`,
    );
  }
  if (results !== undefined) checkResults(results, (reason) => fail('results', reason));
  if (forkOf !== undefined) {
    if (!isRecord(forkOf))
      fail('forkOf', '`forkOf` must be a mapping with `id`, `version` and `sha256`');
    const origin = forkOf as Record<string, unknown>;
    const inFork = (key: string, reason: string) => {
      throw new FormatError(at.keyLine('forkOf', key), reason);
    };
    if (typeof origin.id !== 'string' || !origin.id)
      inFork('id', "`forkOf` needs the origin's `id` (text)");
    if (!isWhole(origin.version)) {
      inFork(
        'version',
        `\`forkOf.version\` must be a whole number from 1, not ${shown(origin.version)}`,
      );
    }
    if (typeof origin.sha256 !== 'string' || !SHA256.test(origin.sha256)) {
      inFork('sha256', `\`forkOf.sha256\` must be ${HEX}, not ${shown(origin.sha256)}`);
    }
    if (origin.url !== undefined && origin.url !== null && typeof origin.url !== 'string') {
      inFork('url', `\`forkOf.url\` must be text, not ${shown(origin.url)}`);
    }
  }
}

function checkResults(results: unknown, fail: (reason: string) => never): void {
  if (!Array.isArray(results)) fail('`results` must be a list of `{cell, sha256}` entries');
  const seen = new Set<number>();
  (results as unknown[]).forEach((entry, i) => {
    const which = `\`results\` entry ${i + 1}`;
    if (!isRecord(entry)) fail(`${which} must be a mapping with \`cell\` and \`sha256\``);
    const { cell, sha256, value } = entry as Record<string, unknown>;
    if (!isWhole(cell))
      fail(`${which} needs \`cell\`: the code cell's number from 1, not ${shown(cell)}`);
    if (seen.has(cell as number)) fail(`${which}: cell ${String(cell)} is listed twice`);
    seen.add(cell as number);
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      fail(`${which} needs \`sha256\`: ${HEX}, not ${shown(sha256)}`);
    }
    if (value !== undefined && value !== null && typeof value !== 'string') {
      fail(`${which} has \`value\` ${shown(value)}; expected text`);
    }
  });
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
