/**
 * Per-sentence views of a Doc's tokens for the claims stage, built once per
 * sentence and cached for the Doc (a WeakMap, so they go with it):
 *
 *   - `tokens`: the sentence's tokens (Doc.sentenceTokens copies a slice on
 *     every call, and the rules ask for them once per verb and per number);
 *   - `lower`: each token's text in lower case, so the rules do not lowercase
 *     the same word again in every caller;
 *   - `classes(words, lex)`: for each token, a bit set of the lexicon word
 *     classes it belongs to (group noun, statement noun, …; see `WordClass`),
 *     for the cheap "does this region hold a word of that kind" tests that
 *     decide which fallbacks of speakerIn are worth running.
 */
import type { Doc, Token } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { foldText } from './literal-hits.ts';
import { firstAt } from '../../doc/first-at.ts';

export interface SentenceWords {
  tokens: Token[];
  /** `tokens[i].text.toLowerCase()`. */
  lower: string[];
  /** The sentence's text folded for case-insensitive word tests (literal-hits.ts `foldText`), once asked. */
  folded?: string;
  /** Word classes per token (see `classes`), once asked; with the lexicon they were computed for. */
  classBits?: Uint8Array;
  classLex?: ClaimsLexicon;
}

/** Bits of a token's word classes (non-word tokens have none). */
export const WordClass = {
  /** A group noun or descriptive head ("officials", "company"), possessive "'s" aside. */
  group: 1,
  /** A statement noun ("figures", "statement"). */
  statement: 2,
  /** A word of an unnamed-source head right before a link's first word ("person familiar", "doctor at"). */
  head: 4,
  /** The first word of a document owner ("budget", "finance"). */
  owner: 8,
  /** Capitalised, or an agency spelling. */
  cap: 16,
  /** The word "by", which a poll's owner follows ("economists polled by Reuters"). */
  by: 32,
} as const;

const cache = new WeakMap<Doc, Array<SentenceWords | undefined>>();

/** The tokens of sentence `s` and their lower-case texts (built once per sentence). */
export function sentenceWords(doc: Doc, s: number): SentenceWords {
  let all = cache.get(doc);
  if (!all) {
    all = new Array(doc.sentences.length);
    cache.set(doc, all);
  }
  let words = all[s];
  if (!words) {
    const tokens = doc.sentenceTokens(s);
    const lower = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) lower[i] = lowerCase(tokens[i].text);
    words = { tokens, lower };
    all[s] = words;
  }
  return words;
}

/** The text of sentence `s` folded for case-insensitive word tests (literal-hits.ts), computed once. */
export function foldedSentence(doc: Doc, s: number): string {
  const words = sentenceWords(doc, s);
  if (words.folded === undefined) words.folded = foldText(doc.sentences[s].text);
  return words.folded;
}

/**
 * `text.toLowerCase()`, without the call for the usual word that is already
 * in lower case (ASCII with no capital): in news text, which is mostly
 * two-byte (curly quotes, dashes), toLowerCase is slow even on ASCII words.
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}

/** `word.replace(/['’]s?$/, '')`: a word without its possessive ending ("ministry's" → "ministry"). */
function withoutPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return word.slice(0, n - 1);
  if (last === 115 && n >= 2) {
    const before = word.charCodeAt(n - 2);
    if (before === 39 || before === 0x2019) return word.slice(0, n - 2);
  }
  return word;
}

const CAPITALISED = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(word)`, with ASCII answered without the regex. */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(word);
}

/**
 * The lexicon's word sets as one map, word (lower case) → its class bits
 * (`head` here: any word of an unnamed-source head), so a token costs one
 * lookup rather than one per set. Built once per lexicon.
 */
function classMap(lex: ClaimsLexicon): Map<string, number> {
  let map = classMaps.get(lex);
  if (map) return map;
  map = new Map();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) map!.set(w, (map!.get(w) ?? 0) | bit);
  };
  add(lex.groupNouns, WordClass.group);
  add(lex.descriptiveHeads, WordClass.group);
  add(lex.statementNouns, WordClass.statement);
  add(lex.unnamedHeadSet, WordClass.head);
  add(lex.documentFirstWords, WordClass.owner);
  classMaps.set(lex, map);
  return map;
}

const classMaps = new WeakMap<ClaimsLexicon, Map<string, number>>();

/** The word classes of each token of `words` (bits of `WordClass`), computed once per sentence and lexicon. */
export function classes(words: SentenceWords, lex: ClaimsLexicon): Uint8Array {
  if (words.classBits && words.classLex === lex) return words.classBits;
  const { tokens, lower } = words;
  const map = classMap(lex);
  const mapShapes = wordShapes(map);
  const agencyShapes = wordShapes(lex.agencies);
  const bits = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const key = withoutPossessive(lower[i]);
    let b = mayBeIn(mapShapes, key) ? map.get(key) ?? 0 : 0;
    // an unnamed source needs its head right before a link ("person familiar with", "doctor at")
    if (b & WordClass.head && !(i + 1 < tokens.length && lex.linkFirstWords.has(lower[i + 1]))) b &= ~WordClass.head;
    if (capitalised(t.text) || (mayBeIn(agencyShapes, t.text) && lex.agencies.has(t.text))) b |= WordClass.cap;
    if (lower[i] === 'by') b |= WordClass.by;
    bits[i] = b;
  }
  words.classBits = bits;
  words.classLex = lex;
  return bits;
}

/** Index of the first token of `tokens` starting at or after offset `pos` (binary search). */
export function firstTokenAt(tokens: Token[], pos: number): number {
  return firstAt(tokens, pos);
}

/**
 * A cheap exact prefilter for membership in a word set: one bit per (first
 * code unit, last code unit, length) of its words, the code units taken
 * modulo 128 and the length capped at 31. A word whose bit is clear is not
 * in the set, so most tokens are answered without hashing their text.
 */
export interface WordShapes {
  bits: Uint8Array;
}

const shapeCache = new WeakMap<Set<string> | Map<string, unknown>, WordShapes>();

function shapeKey(word: string): number {
  const n = word.length;
  return (((word.charCodeAt(0) & 127) << 7) | (word.charCodeAt(n - 1) & 127)) * 32 + Math.min(n, 31);
}

/** The shapes of the words of `set` (of the keys of a map), built once per set. */
export function wordShapes(set: Set<string> | Map<string, unknown>): WordShapes {
  let shapes = shapeCache.get(set);
  if (shapes) return shapes;
  shapes = { bits: new Uint8Array((128 * 128 * 32) / 8) };
  for (const w of set.keys()) {
    if (w.length === 0) continue;
    const k = shapeKey(w);
    shapes.bits[k >> 3] |= 1 << (k & 7);
  }
  shapeCache.set(set, shapes);
  return shapes;
}

/** Can `word` be in the set `shapes` was built from? (false: it is not; true: ask the set) */
export function mayBeIn(shapes: WordShapes, word: string): boolean {
  if (word.length === 0) return true;
  const k = shapeKey(word);
  return (shapes.bits[k >> 3] & (1 << (k & 7))) !== 0;
}
