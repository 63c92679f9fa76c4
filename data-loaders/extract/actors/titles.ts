/**
 * Titles and roles before a name: "Russian President", "US Secretary of State",
 * "Kremlin spokesperson", "commander-in-chief Gen", "European Union foreign
 * policy chief". A title phrase is a run of country adjectives, organisation
 * names, role modifiers and role words that holds at least one role or rank.
 * The words after it, when capitalised, are a person's name.
 */
import { fold } from './canonical.ts';
import type { Country, GazEntry, Lexicon } from './lexicon.ts';
import { hasClass, MODIFIER, ROLE } from './word-classes.ts';
import type { Word } from './words.ts';

export interface TitleParse {
  start: number;
  /** Index of the word after the title. */
  end: number;
  /** The title as written, without a leading determiner or possessive pronoun. */
  text: string;
  /** Country or bloc named inside the title ("Russian", "EU", "White House" → its side). */
  side: string | null;
  /** The last role word ("president", "spokesperson", "aide"). */
  head: string;
  /** Starts with "the", "his", a possessive name, a country or organisation: may stand alone for a person. */
  anchored: boolean;
  gender: 'male' | 'female' | null;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and']);
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'a', 'an', 'our', 'my', 'your']);

/** A role, rank or modifier word (not a bare connector such as "of"). */
function titleish(w: Word, lex: Lexicon): boolean {
  return isRole(w, lex) || (hasClass(w, lex, MODIFIER) && !CONNECTORS.has(w.fold));
}

/**
 * The folded words a title may start with when written in lower case: roles,
 * ranks, modifiers and determiners. `parseTitle` returns null at any other
 * lower-case word.
 */
export function lowerTitleStarts(lex: Lexicon): string[] {
  return [...lex.roles, ...lex.ranks, ...[...lex.modifiers].filter((m) => !CONNECTORS.has(m)), ...DETERMINERS];
}

/** Is `w` a role word or a rank? */
export function isRole(w: Word, lex: Lexicon): boolean {
  return hasClass(w, lex, ROLE);
}

/** A country adjective, country name or non-person gazetteer name starting at `i`. */
export function affiliationAt(
  words: Word[],
  i: number,
  lex: Lexicon,
): { end: number; side: string; country: Country | null; entry: GazEntry | null } | null {
  const w = words[i];
  if (!w.cap && !w.upper) return null;
  for (const m of lex.names.match(words, i)) {
    const hit = m.value;
    if (!capsOk(words, i, hit.caps)) continue;
    if (hit.type === 'country') return { end: m.end, side: hit.country.name, country: hit.country, entry: null };
    if (hit.type === 'actor' && hit.entry.kind !== 'person')
      return { end: m.end, side: hit.entry.side ?? hit.entry.name, country: null, entry: hit.entry };
  }
  const adj = lex.adjectives.match(words, i)[0];
  if (adj) return { end: adj.end, side: adj.value.name, country: adj.value, entry: null };
  return null;
}

/** Do the text words starting at `i` have capitals where the phrase has them? */
export function capsOk(words: Word[], i: number, caps: boolean[]): boolean {
  for (let k = 0; k < caps.length; k++) {
    const w = words[i + k];
    if (!w) return false;
    if (caps[k] && !w.cap && !w.upper) return false;
  }
  return true;
}

/** Parse a title phrase starting at word `i`, or null. */
export function parseTitle(words: Word[], i: number, lex: Lexicon): TitleParse | null {
  // cheap tests first: a title starts with a role word or modifier, or with a determiner
  // or capitalised word that a title-like word follows
  const w0 = words[i];
  if (!titleish(w0, lex)) {
    const next = words[i + 1];
    if (!next || (CONNECTORS.has(w0.fold) && !DETERMINERS.has(w0.fold))) return null;
    if (!(DETERMINERS.has(w0.fold) || w0.cap || w0.upper)) return null;
    if (!(titleish(next, lex) || next.cap || next.upper)) return null;
  }
  let j = i;
  let side: string | null = null;
  let head: string | null = null;
  let headEnd = -1;
  let anchored = false;
  let gender: 'male' | 'female' | null = null;
  let textStart = i;
  if (DETERMINERS.has(words[i].fold)) {
    anchored = true;
    j = i + 1;
    textStart = j;
  }
  while (j < words.length && j - i < 12) {
    const w = words[j];
    const aff = affiliationAt(words, j, lex);
    if (aff && !lex.roles.has(w.fold)) {
      side = side ?? aff.side;
      if (j === textStart) anchored = true;
      j = aff.end;
      if (words[j - 1].sep !== '' && words[j - 1].sep !== '-') break;
      continue;
    }
    const orgAhead = w.sep === '' && j + 1 < words.length && (lex.orgWords.has(words[j + 1].text) || lex.institutionNouns.match(words, j).length > 0);
    if (isRole(w, lex) && !orgAhead) {
      head = w.fold;
      headEnd = j + 1;
      gender = gender ?? lex.genderWords.get(w.fold) ?? null;
    } else if (CONNECTORS.has(w.fold)) {
      const next = words[j + 1];
      if (!next || w.sep !== '' || !(isRole(next, lex) || lex.modifiers.has(next.fold) || affiliationAt(words, j + 1, lex) || next.fold === 'the'))
        break;
    } else if (!lex.modifiers.has(w.fold) && !(lex.orgWords.has(w.text) && head !== null) && !orgAhead) {
      break;
    }
    j++;
    if (w.sep !== '' && w.sep !== '-') break;
  }
  if (head === null) return null;
  // a title ends on its last role word, or runs on through "of …" ("chief of general staff")
  let end = j;
  if (end > headEnd && (words[headEnd].fold !== 'of' || CONNECTORS.has(words[end - 1].fold))) end = headEnd;
  const last = words[end - 1];
  return {
    start: i,
    end,
    text: wordsText(words, textStart, end),
    side,
    head,
    anchored,
    gender: gender ?? (last ? lex.genderWords.get(last.fold) ?? null : null),
  };
}

/** The source text spanned by words [a, b). */
export function wordsText(words: Word[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    s += words[k].text + (words[k].poss ? "'s" : '');
    if (k + 1 < b) {
      const sep = words[k].sep;
      s += sep === '' ? ' ' : sep === '-' ? '-' : sep === '&' ? ' & ' : `${sep} `;
    }
  }
  return s;
}

/** Words of a role text, folded and split on hyphens, for matching a role head ("commander"). Read-only: the sets are shared. */
export function roleWords(role: string | null): ReadonlySet<string> {
  if (!role) return NO_WORDS;
  let words = ROLE_WORDS.get(role);
  if (!words) {
    words = new Set(fold(role).split(/[\s\-]+/));
    if (ROLE_WORDS.size > 10_000) ROLE_WORDS.clear();
    ROLE_WORDS.set(role, words);
  }
  return words;
}

/** Roles repeat across actors and articles: their word sets, remembered (bounded). */
const ROLE_WORDS = new Map<string, Set<string>>();
const NO_WORDS: ReadonlySet<string> = new Set();
