/**
 * The counted noun after a number: "430 Ukrainian troops" → troops (unit
 * `soldier`), "five more villages" → villages (`village`), "200 shadow fleet
 * ships" → ships. Walks at most a few words to the right, skipping adjectives
 * (capitalised nationality words, listed modifiers) and compound nouns, and
 * stops at function words, verbs and punctuation. Known nouns map to their
 * canonical unit (counted-nouns.yaml); others are singularised by rule.
 */
import type { Span } from '../../types.ts';
import type { NumberLexicon } from './lexicon.ts';
import { norm } from './lexicon.ts';
import { mayStartWith } from './end-words.ts';

export interface CountedNoun extends Span {
  /** Canonical singular unit (`soldier`, `person`, `drone`, `package`). */
  unit: string;
  /** True when the noun is in the counted-nouns list. */
  known: boolean;
  /** The noun phrase from the first word after the number to the head (“Ukrainian troops”). */
  phrase: Span;
}

const WORD = /[ \t]+([\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}]+)*)/uy;
const MAX_WORDS = 4;
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

/** The listed counted form right after `pos` (`lex.countedAt`), tried only where one can start. */
function countedFormAt(text: string, pos: number, lex: NumberLexicon): RegExpExecArray | null {
  if (!mayStartWith(text, pos, lex.countedAtStarts)) return null;
  lex.countedAt.lastIndex = pos;
  return lex.countedAt.exec(text);
}

/** Singular form of an English plural noun (by list, then by rule). */
export function singular(word: string, lex: NumberLexicon): string {
  const w = word.toLowerCase();
  const irregular = lex.irregularPlurals.get(w);
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  // -ves, -uses, -oes plurals mostly just add -s ("executives", "houses", "radios"); the exceptions are listed.
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Does the word look like a plural noun ("drones", "people", "Russians")? */
export function looksPlural(word: string, lex: NumberLexicon): boolean {
  const w = word.toLowerCase();
  if (lex.irregularPlurals.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|'s|’s)$/.test(w);
}

/**
 * Find the counted noun starting after `pos`. `allowOf` lets the walk cross
 * "of (the)" ("hundreds of people", "two-thirds of voters"). `singularHead`
 * is true for one and for ordinals, whose head noun is singular.
 */
export function countedNounAfter(
  text: string,
  pos: number,
  limit: number,
  lex: NumberLexicon,
  opts: { allowOf?: boolean; singularHead?: boolean } = {},
): CountedNoun | null {
  let at = pos;
  let phraseStart = -1;
  let candidate: { start: number; end: number; word: string; plural: boolean } | null = null;
  if (opts.allowOf) {
    const m = /\s+of(?:\s+(?:the|these|those|its|their|our|his|her))?(?=\s)/iy;
    m.lastIndex = at;
    const hit = m.exec(text);
    if (hit) at += hit[0].length;
  }
  for (let n = 0; n < MAX_WORDS && at < limit; n++) {
    // A listed counted noun (possibly several words) ends the walk at once.
    const known = countedFormAt(text, at, lex);
    if (known && at + known[0].length <= limit) {
      const start = at + known[0].length - known[1].length;
      const end = at + known[0].length;
      const key = norm(known[1]);
      // "210 injured children": a counted form used as an adjective before a noun;
      // "31 of the country's 50 provinces": a possessive, not the head.
      if ((lex.nounModifiers.has(key) && nounFollows(text, end, limit, lex)) || POSSESSIVE.test(text.slice(end, end + 3))) {
        if (phraseStart < 0) phraseStart = start;
        at = end;
        continue;
      }
      if (!lex.notCounted.has(key)) {
        return {
          start,
          end,
          text: text.slice(start, end),
          unit: lex.counted.get(key) ?? singular(known[1], lex),
          known: true,
          phrase: span(text, phraseStart < 0 ? start : phraseStart, end),
        };
      }
    }
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m || at + m[0].length > limit) break;
    const word = m[1];
    const lower = word.toLowerCase();
    const start = at + m[0].length - word.length;
    const end = at + m[0].length;
    // "6.2 million current and former customers": "and"/"or" between adjectives.
    const between = candidate !== null && !candidate.plural && (lower === 'and' || lower === 'or') && nounFollows(text, end, limit, lex, 2);
    if (between) {
      at = end;
      continue;
    }
    if (lex.nounStops.has(lower) || lex.notCounted.has(lower)) break;
    // "eight of the nine seats": another number starts; its noun is shared later (scan.ts).
    if (lex.ones.has(lower) || lex.tens.has(lower) || lex.groups.has(lower)) break;
    const capital = /^\p{Lu}/u.test(word);
    const verbLike = /(?:ed|ing)$/.test(lower) && !capital;
    // "1,700 vacant nursing posts": an -ing/-ed word after an adjective, before the plural head, is a modifier.
    const modifierVerb = verbLike && candidate !== null && !candidate.plural && nounFollows(text, end, limit, lex);
    if (candidate && !modifierVerb && (verbLike || (candidate.plural && !looksPlural(word, lex) && !opts.singularHead))) break;
    if (phraseStart < 0) phraseStart = start;
    at = end;
    if (lex.nounModifiers.has(lower) || verbLike) continue;
    const plural = looksPlural(word, lex);
    if (capital && !plural) continue; // "Ukrainian", "North", "Korean"
    candidate = { start, end, word, plural };
  }
  if (!candidate) return null;
  if (!opts.singularHead && !candidate.plural) return null;
  const capitalPlural = /^\p{Lu}/u.test(candidate.word);
  return {
    start: candidate.start,
    end: candidate.end,
    text: candidate.word,
    // A capitalised plural is a people ("942 Russians").
    unit: capitalPlural ? 'person' : lex.counted.get(candidate.word.toLowerCase()) ?? singular(candidate.word, lex),
    known: false,
    phrase: span(text, phraseStart, candidate.end),
  };
}

/**
 * Is the word after `pos` a noun that could head the phrase (a listed counted
 * noun or a plural)? With `reach` 2, one adjective may stand before it.
 */
function nounFollows(text: string, pos: number, limit: number, lex: NumberLexicon, reach = 1): boolean {
  const known = countedFormAt(text, pos, lex);
  if (known && pos + known[0].length <= limit && !lex.nounModifiers.has(norm(known[1]))) return true;
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  if (!m || pos + m[0].length > limit) return false;
  const w = m[1].toLowerCase();
  if (lex.nounStops.has(w)) return false;
  if (!lex.nounModifiers.has(w) && looksPlural(w, lex) && !/(?:ed|ing)$/.test(w)) return true;
  return reach > 1 && nounFollows(text, pos + m[0].length, limit, lex, reach - 1);
}

/**
 * The noun of a hyphenated count compound right after the number: "a
 * 12-member panel" → member, "the 40-nation coalition" → nation. Words
 * listed in `compound_not_counted` ("-strong", "-fold", "-odd") are not counted.
 */
export function compoundNounAfter(text: string, pos: number, limit: number, lex: NumberLexicon): CountedNoun | null {
  lex.compoundNoun.lastIndex = pos;
  const m = lex.compoundNoun.exec(text);
  if (!m || pos + m[0].length > limit) return null;
  const word = m[1];
  const lower = word.toLowerCase();
  if (lex.compoundNotCounted.has(lower) || lex.nounStops.has(lower) || /(?:ed|ing|ly)$/.test(lower)) return null;
  const start = pos + 1;
  const end = pos + m[0].length;
  const unit = lex.counted.get(lower) ?? singular(lower, lex);
  return { start, end, text: word, unit, known: lex.counted.has(lower), phrase: span(text, start, end) };
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
