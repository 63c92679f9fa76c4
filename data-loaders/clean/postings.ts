/**
 * Postings of 32-bit hashes: which holders (small integers, added in
 * increasing order) carry each hash, as an open-addressing hash table over a
 * Uint32Array of keys. A Map keyed by such hashes stores every key above
 * 2^31 as a heap number and follows a pointer per probe; here a probe reads
 * one slot of a typed array.
 */
export class Postings {
  /** Slot → entry + 1 (0: empty); capacity a power of two, at most half full. */
  private slots = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  /** Per entry: its hash and its holders (a number while there is one, then a list). */
  private keys = new Uint32Array(1 << 11);
  private readonly held: Array<number | number[]> = [];

  /** Number of distinct hashes posted. */
  get size(): number {
    return this.held.length;
  }

  /**
   * Call `meet` with each holder of hash `h` so far (in the order they were
   * posted), then post `holder` under `h` unless a list of `max` holders
   * already is (a second holder is always kept): lists stop growing, so a
   * later holder still meets the first ones.
   */
  post(h: number, holder: number, max: number, meet: (earlier: number) => void): void {
    const key = h >>> 0;
    let at = slotOf(key, this.mask);
    for (;;) {
      const e = this.slots[at] - 1;
      if (e < 0) break;
      if (this.keys[e] === key) {
        const list = this.held[e];
        if (typeof list === 'number') {
          meet(list);
          this.held[e] = [list, holder];
        } else {
          for (let k = 0; k < list.length; k++) meet(list[k]);
          if (list.length < max) list.push(holder);
        }
        return;
      }
      at = (at + 1) & this.mask;
    }
    const e = this.held.length;
    if (e === this.keys.length) {
      const keys = new Uint32Array(e * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys[e] = key;
    this.held.push(holder);
    this.slots[at] = e + 1;
    if (2 * (e + 1) > this.slots.length) this.grow();
  }

  /** Twice the slots, every entry placed again. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.held.length; e++) {
      let at = slotOf(this.keys[e], mask);
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = e + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Home slot of a key: a multiplicative mix, so keys that differ in high bits only spread too. */
function slotOf(key: number, mask: number): number {
  const x = Math.imul(key, 0x9e3779b1);
  return (x ^ (x >>> 16)) & mask;
}
