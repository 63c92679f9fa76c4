/**
 * A word trie for multi-word phrases (gazetteer aliases, titles, group nouns):
 * `match` returns every phrase that starts at a word, longest first, in time
 * linear in the phrase length. A possessive word ("Russia’s") can end a phrase
 * written without it ("Russia") but not continue one.
 */
import type { Word } from './words.ts';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** Index of the word after the phrase. */
  end: number;
  value: T;
}

const NONE: Array<TrieMatch<unknown>> = [];
const DEFAULT_MAX = 8;

/**
 * The tries of one lexicon. Each trie gets a small slot of its own in a word's
 * memo, so a memo array is only as long as one lexicon's list of tries (with
 * one process-wide counter, the lexicon of each later corpus would give every
 * memoised word a long array of holes). A word's memo array holds one family
 * at a time, in slot 0.
 */
export class TrieFamily {
  private count = 0;
  /** Per first word key: one bit for each trie of the family (by slot) with a phrase starting with it. */
  private readonly firstKeys = new Map<string, number>();
  /** Replaced whenever a trie gains a first key, so that no word reuses bits read before. */
  private epoch: object = {};

  /** The next free memo slot (from 1; slot 0 names the family). */
  nextSlot(): number {
    return ++this.count;
  }

  /** Note that a trie with `bit` has a phrase starting with `key`. */
  addFirstKey(key: string, bit: number): void {
    const bits = this.firstKeys.get(key) ?? 0;
    if ((bits & bit) !== 0) return;
    this.firstKeys.set(key, bits | bit);
    this.epoch = {};
  }

  /**
   * The bits of the tries in which a phrase may start at `w` (by its key, or
   * by its fold when possessive). Read once per word and kept on it: the
   * scanners ask every trie about the same word many times, and one lookup
   * in this map replaces a lookup in each trie's (large) root map.
   */
  firstsAt(w: Word): number {
    if (w.firstsOf === this.epoch) return w.firsts!;
    let bits = this.firstKeys.get(w.key) ?? 0;
    if (w.poss) bits |= this.firstKeys.get(w.fold) ?? 0;
    w.firstsOf = this.epoch;
    w.firsts = bits;
    return bits;
  }
}

/** The family of tries made without one (tests, one-off tries). */
const SHARED = new TrieFamily();

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  /** Slot of this trie in a word's memo of matches (scanners ask the same word many times). */
  private readonly slot: number;
  /** This trie's bit in its family's first-key bits; 0 past the 31st trie of a family, which then reads its root map. */
  private readonly bit: number;

  constructor(private readonly family: TrieFamily = SHARED) {
    this.slot = family.nextSlot();
    this.bit = this.slot <= 31 ? 1 << (this.slot - 1) : 0;
  }

  add(keys: string[], value: T): void {
    if (keys.length === 0) return;
    if (this.bit !== 0) this.family.addFirstKey(keys[0], this.bit);
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), values: [] };
        node.next.set(k, n);
      }
      node = n;
    }
    node.values.push(value);
  }

  /** The keys that phrases start with. */
  firstKeys(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Could a phrase start at `words[i]`? (a cheap test before `match`) */
  starts(w: Word): boolean {
    if (this.bit !== 0) return (this.family.firstsAt(w) & this.bit) !== 0;
    return this.root.next.has(w.key) || (w.poss && this.root.next.has(w.fold));
  }

  /** Phrases starting at `words[i]`, longest first. */
  match(words: Word[], i: number, maxWords = DEFAULT_MAX): Array<TrieMatch<T>> {
    if (i >= words.length || !this.starts(words[i])) return NONE as Array<TrieMatch<T>>;
    if (maxWords !== DEFAULT_MAX) return this.search(words, i, maxWords);
    // a word belongs to one sentence's word list, so its memo needs no other key than the trie's family and slot
    const w0 = words[i];
    let memo = w0.memo;
    if (memo !== undefined && memo[0] === this.family) {
      const known = memo[this.slot] as Array<TrieMatch<T>> | undefined;
      if (known) return known;
    } else {
      memo = w0.memo = [this.family];
    }
    const found = this.search(words, i, maxWords);
    memo[this.slot] = found;
    return found;
  }

  private search(words: Word[], i: number, maxWords: number): Array<TrieMatch<T>> {
    const found: Array<TrieMatch<T>> = [];
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < words.length && j - i < maxWords && node; j++) {
      const w = words[j];
      if (w.poss) {
        const base = node.next.get(w.fold);
        if (base) for (const v of base.values) found.push({ end: j + 1, value: v });
      }
      node = node.next.get(w.key);
      if (!node) break;
      for (const v of node.values) found.push({ end: j + 1, value: v });
      // a phrase may not run on across punctuation other than a hyphen or slash inside words
      if (w.sep !== '' && w.sep !== '-') break;
    }
    if (found.length === 0) return NONE as Array<TrieMatch<T>>;
    if (found.length > 1) found.sort((a, b) => b.end - a.end);
    return found;
  }
}
