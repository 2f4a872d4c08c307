/**
 * A zip bomb's defence for SheetJS, which unzips every part of a workbook at once and sizes each
 * part's buffer by the size its local header declares, growing it without bound when that size
 * is 0 (a part written with a data descriptor). So: the declared sizes must add up to at most
 * `max` bytes, and a part whose local header declares 0 gets the central directory's sizes
 * written in (on a copy): its buffer is then fixed, and a stream that inflates to more is cut
 * there, never grown. Sizes of 4 GiB and more (ZIP64) are over any limit.
 *
 * Returns the bytes to give SheetJS (the same bytes when nothing was patched) and the declared
 * total; `null` when the bytes are not a zip SheetJS would read (it then says why).
 */
export function guardZip(
  bytes: Uint8Array,
  max: number,
): { bytes: Uint8Array; unpacked: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  // SheetJS takes the last end-of-central-directory signature; so does this.
  let end = bytes.length - 4;
  while (end >= 0 && u32(end) !== 0x06054b50) --end;
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  let out = bytes;
  let unpacked = 0;
  for (let i = 0; i < count; ++i) {
    if (u32(at) !== 0x02014b50) return null;
    const compressed = u32(at + 20);
    let size = u32(at + 24);
    const local = u32(at + 42);
    const next = at + 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    if (u32(local) === 0x04034b50) {
      const declared = u32(local + 22);
      if (declared === 0 && size > 0) {
        if (out === bytes) out = bytes.slice();
        const patch = new DataView(out.buffer, out.byteOffset, out.byteLength);
        patch.setUint32(local + 18, compressed, true);
        patch.setUint32(local + 22, size, true);
      } else size = Math.max(size, declared);
    }
    if (size < 0 || size === 0xffffffff) return { bytes, unpacked: Infinity };
    unpacked += size;
    if (unpacked > max) return { bytes, unpacked };
    at = next;
  }
  return { bytes: out, unpacked };
}
