import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/core/data/parse-xlsx.ts';
import { guardZip } from '../../../src/core/data/zip-guard.ts';
import { writeWorkbook } from '../../support/workbook.ts';

const fail = (code: string) => new Error(code);

/** The sizes the first part declares: in its local header, and in the central directory. */
function firstPart(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let central = bytes.length - 4;
  while (view.getUint32(central, true) !== 0x02014b50 || view.getUint32(central + 42, true) !== 0)
    --central;
  return {
    local: [view.getUint32(18, true), view.getUint32(22, true)],
    central: [view.getUint32(central + 20, true), view.getUint32(central + 24, true)],
  };
}

describe('guardZip(bytes, max)', () => {
  const workbook = writeWorkbook({
    S: [
      ['nom', 'n'],
      ['Lyon', 1],
    ],
  });

  it('adds up the sizes the parts declare, and gives the bytes back unchanged', () => {
    const guarded = guardZip(workbook, Infinity);
    expect(guarded?.bytes).toBe(workbook);
    expect(guarded?.unpacked).toBeGreaterThan(workbook.length);
  });

  it('writes the central sizes into a local header that declares none (data descriptor)', () => {
    const streamed = workbook.slice();
    new DataView(streamed.buffer).setBigUint64(18, 0n, true);
    const { central } = firstPart(workbook);
    const guarded = guardZip(streamed, Infinity);
    expect(firstPart(guarded!.bytes).local).toEqual(central);
    expect(firstPart(streamed).local).toEqual([0, 0]);
    expect(readWorkbook(streamed, {}, fail).columns.nom).toEqual(['Lyon']);
  });

  it('is null for bytes without a central directory', () => {
    expect(guardZip(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), Infinity)).toBeNull();
  });
});
