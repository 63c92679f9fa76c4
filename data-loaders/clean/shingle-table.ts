/**
 * Where each shingle of one article occurs: an open-addressing hash table from
 * shingle hash to its positions (a chain through `next`). An article added to
 * the overlap index is compared with many earlier ones; with its table built
 * once, finding the shingles it shares with another article is one probe per
 * shingle of the other (most miss), instead of merging two sorted lists.
 */
export class ShingleTable {
  /** Per slot: the hash, and its first position + 1 (0: empty slot). */
  private readonly keys: Uint32Array;
  private readonly head: Int32Array;
  /** Per position: the next position with the same hash + 1 (0: none). */
  private readonly next: Int32Array;
  private readonly mask: number;

  /** The table of `hashes` (the article's shingles, position by position). */
  constructor(hashes: Uint32Array) {
    let size = 16;
    while (size < 2 * hashes.length) size *= 2;
    this.keys = new Uint32Array(size);
    this.head = new Int32Array(size);
    this.next = new Int32Array(hashes.length);
    this.mask = size - 1;
    // Filled from the last position back, so each chain runs in position order.
    for (let p = hashes.length - 1; p >= 0; p--) {
      const h = hashes[p];
      let at = this.slotOf(h);
      while (this.head[at] !== 0 && this.keys[at] !== h) at = (at + 1) & this.mask;
      this.keys[at] = h;
      this.next[p] = this.head[at];
      this.head[at] = p + 1;
    }
  }

  /** First position holding hash `h`, or -1. */
  first(h: number): number {
    let at = this.slotOf(h);
    for (;;) {
      const p = this.head[at];
      if (p === 0) return -1;
      if (this.keys[at] === h) return p - 1;
      at = (at + 1) & this.mask;
    }
  }

  /** The position after `p` holding the same hash, or -1. */
  after(p: number): number {
    return this.next[p] - 1;
  }

  /** Home slot of a hash: a multiplicative mix, so hashes differing in high bits only spread too. */
  private slotOf(h: number): number {
    const x = Math.imul(h, 0x9e3779b1);
    return (x ^ (x >>> 16)) & this.mask;
  }
}
