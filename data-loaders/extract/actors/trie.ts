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
  /**
   * Per word key or fold: the bits of the family's tries with a phrase
   * starting with it (low 16 bits, one per trie by slot), and of the word
   * classes its owner registered (CLASS_BITS and up, see `addWordBits`).
   */
  private readonly wordBits = new Map<string, number>();
  /** Replaced whenever the bits change, so that no word reuses bits read before. */
  private epoch: object = {};

  /** The next free memo slot (from 1; slot 0 names the family). */
  nextSlot(): number {
    return ++this.count;
  }

  /** Add `bits` to those of the word key or fold `key`. */
  addWordBits(key: string, bits: number): void {
    const old = this.wordBits.get(key) ?? 0;
    if ((old | bits) === old) return;
    this.wordBits.set(key, old | bits);
    this.epoch = {};
  }

  /**
   * Read the bits of `w`'s key and fold once and keep them on it: the
   * scanners ask every trie and word class about the same word many times,
   * and one lookup in this map replaces a lookup in each trie's (large) root
   * map and in each class's set.
   */
  private read(w: Word): void {
    const keyBits = this.wordBits.get(w.key) ?? 0;
    w.bitsOf = this.epoch;
    w.keyBits = keyBits;
    w.foldBits = w.key === w.fold ? keyBits : this.wordBits.get(w.fold) ?? 0;
  }

  /** The bits of the tries in which a phrase may start at `w` (by its key, or by its fold when possessive). */
  firstsAt(w: Word): number {
    if (w.bitsOf !== this.epoch) this.read(w);
    return (w.keyBits! | (w.poss ? w.foldBits! : 0)) & TRIE_BITS;
  }

  /** The class bits of `w`'s fold. */
  foldClasses(w: Word): number {
    if (w.bitsOf !== this.epoch) this.read(w);
    return w.foldBits!;
  }

  /** The class bits of `w`'s key (its fold, or the fold and `'s` when possessive). */
  keyClasses(w: Word): number {
    if (w.bitsOf !== this.epoch) this.read(w);
    return w.keyBits!;
  }
}

/** Tries of a family with a bit in its word bits; the first bit a family's owner may use for word classes. */
const TRIE_SLOTS = 16;
const TRIE_BITS = (1 << TRIE_SLOTS) - 1;
export const CLASS_BITS = 1 << TRIE_SLOTS;

/** The family of tries made without one (tests, one-off tries). */
const SHARED = new TrieFamily();

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  /** Slot of this trie in a word's memo of matches (scanners ask the same word many times). */
  private readonly slot: number;
  /** This trie's bit in its family's word bits; 0 past the 16th trie of a family, which then reads its root map. */
  private readonly bit: number;

  constructor(private readonly family: TrieFamily = SHARED) {
    this.slot = family.nextSlot();
    this.bit = this.slot <= TRIE_SLOTS ? 1 << (this.slot - 1) : 0;
  }

  add(keys: string[], value: T): void {
    if (keys.length === 0) return;
    if (this.bit !== 0) this.family.addWordBits(keys[0], this.bit);
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
