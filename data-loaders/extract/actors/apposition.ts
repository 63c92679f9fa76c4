/**
 * Apposition after a name: "Yuri Ushakov, a top Kremlin aide, said …",
 * "Maria Lopez, the head of Spain's weather agency, told …",
 * "Kofi Mensah, Inspector-General of the Kenya Police Service, …",
 * "Ana Ruiz, Oxfam's director in Chad, said …".
 * The phrase between the commas is the person's role when it holds a role word.
 */
import { affiliationAt, isRole, wordsText } from './titles.ts';
import type { Lexicon } from './lexicon.ts';
import type { Word } from './words.ts';

export interface Apposition {
  /** Word index of the first word of the role phrase and of the word after it. */
  start: number;
  end: number;
  role: string;
  side: string | null;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_WORDS = 12;
/** A person's age written after the name. */
const AGE = /^\d{1,3}$/;

/** The apposition after a name that ends at word `e` (exclusive), or null. */
export function parseApposition(words: Word[], e: number, lex: Lexicon): Apposition | null {
  if (e <= 0 || e >= words.length || words[e - 1].sep !== ',') return null;
  // "Omar Dalil, 38, a cattle trader, told …": an age before (or instead of) the apposition
  if (AGE.test(words[e].text) && words[e].sep === ',') {
    return parseApposition(words, e + 1, lex) ?? (e + 1 < words.length ? { start: e, end: e + 1, role: '', side: null } : null);
  }
  let j = e;
  const first = words[j];
  const article = ARTICLES.has(first.fold);
  if (article) j++;
  else if (first.cap && first.poss) j++; // "Oxfam's country director" (the phrase must still hold a role word)
  else if (!(first.cap && isRole(first, lex))) return null;
  const roleStart = j;
  let hasRole = false;
  let side: string | null = null;
  while (j < words.length && j - e < MAX_WORDS) {
    const aff = affiliationAt(words, j, lex);
    if (aff) {
      side = side ?? aff.side;
      j = aff.end;
      if (words[j - 1].sep !== '' && words[j - 1].sep !== '-') break;
      continue;
    }
    if (isRole(words[j], lex)) hasRole = true;
    j++;
    if (words[j - 1].sep !== '' && words[j - 1].sep !== '-') break;
  }
  if (!hasRole || j === roleStart) return null;
  const sep = words[j - 1].sep;
  // the phrase must close with a comma (or end the sentence)
  if (!(sep === ',' || sep === '' || sep === '.' || sep === '—' || sep === '–')) return null;
  if (sep === '' && j < words.length) return null;
  return { start: roleStart, end: j, role: wordsText(words, roleStart, j), side };
}
