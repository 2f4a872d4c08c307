/**
 * Share links in Node: `npx tsx bench/share.bench.ts` (also run by `npm run bench`). Prints a
 * JSON summary. For each example:
 * - textChars: the notebook's canonical text, in characters;
 * - payloadChars: the share-link payload (`encodeShare`: raw DEFLATE + base64url), i.e. what
 *   the link adds to the app's address;
 * - encodeMs / decodeMs: median time of `encodeShare` and `decodeShare` over 50 runs, after 10
 *   warm-up runs (Node's CompressionStream; browsers use their own, see bench/publish.bench.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/format/index.ts';
import { canonicalText, decodeShare, encodeShare } from '../src/core/publish/index.ts';

const EXAMPLES = 'examples';
const RUNS = 50;
const WARMUP = 10;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 1000) / 1000;

async function time<T>(f: () => Promise<T>): Promise<{ ms: number[]; value: T }> {
  const ms: number[] = [];
  let value!: T;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now();
    value = await f();
    if (i >= WARMUP) ms.push(performance.now() - start);
  }
  return { ms, value };
}

/** Share-link figures for each example notebook. */
export async function shareBench(dir = EXAMPLES) {
  const results = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.algo.md'))
    .sort()) {
    const text = canonicalText(parse(readFileSync(join(dir, name), 'utf8')));
    const encoded = await time(() => encodeShare(text));
    const decoded = await time(() => decodeShare(encoded.value));
    if (decoded.value !== text)
      throw new Error(`${name}: the share link does not give the text back`);
    results.push({
      example: name,
      textChars: text.length,
      payloadChars: encoded.value.length,
      ratio: round(encoded.value.length / text.length),
      encodeMs: round(median(encoded.ms)),
      decodeMs: round(median(decoded.ms)),
    });
  }
  return results;
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('share.bench.ts')
) {
  console.log(JSON.stringify({ share: await shareBench() }, null, 2));
}
