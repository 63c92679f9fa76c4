/**
 * Word classes that the scanners ask about the same word many times, kept
 * as bits in the lexicon's word index (its TrieFamily, with the tries' first
 * keys) so that a word costs one map lookup for all of them. Each class is
 * the Lexicon set of the same name, by fold; the lexicon registers them.
 */
import type { Lexicon } from './lexicon.ts';
import { CLASS_BITS } from './trie.ts';
import type { Word } from './words.ts';

export const FUNCTION_WORD = CLASS_BITS;
/** `roles` or `ranks`. */
export const ROLE = CLASS_BITS << 1;
export const MODIFIER = CLASS_BITS << 2;
export const SPEECH_VERB = CLASS_BITS << 3;
/** A lower-case word that may start something the sentence scan looks for (by fold or by key; see scan.ts `inertLower`). */
export const LOWER_START = CLASS_BITS << 4;
/** A pronoun of `pronouns` that names a man or a woman ("he", "she"). */
export const GENDERED_PRONOUN = CLASS_BITS << 5;

/** Is the fold of `w` in the word class `bit` of the lexicon? */
export function hasClass(w: Word, lex: Lexicon, bit: number): boolean {
  return (lex.wordIndex.foldClasses(w) & bit) !== 0;
}
