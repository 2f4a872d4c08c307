/**
 * Bytes that several downloads may hold at once, together. One budget shared by the downloads
 * of a page keeps a notebook with many large (or decompression-bomb) datasets from filling the
 * tab's memory: each chunk is reserved before it is kept, and released when its download ends.
 */
export class ByteBudget {
  private used = 0;

  constructor(readonly total: number) {}

  /** Reserves `n` bytes; false (nothing reserved) when that would pass the total. */
  reserve(n: number): boolean {
    if (this.used + n > this.total) return false;
    this.used += n;
    return true;
  }

  release(n: number): void {
    this.used = Math.max(0, this.used - n);
  }

  /** Bytes reserved now. */
  get inUse(): number {
    return this.used;
  }
}
