/**
 * Words of a sentence for name finding: letter/number runs with inner hyphens
 * and apostrophes, dotted acronyms ("U.S."), and a possessive flag ("Russia’s"
 * is the word "Russia" with `poss`). `sep` is the text between a word and the
 * next one, so scanners can tell "Putin said" from "Putin, said".
 */
import { fold } from './canonical.ts';

export interface Word {
  start: number;
  /** End of the word without a possessive `’s`. */
  end: number;
  /** End including a possessive `’s`. */
  tail: number;
  text: string;
  /** Folded text (lower case, no diacritics). */
  fold: string;
  /** Trie key: the folded text, plus `'s` when possessive. */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Written in capitals, two letters or more ("NATO", "MOSCOW"). */
  upper: boolean;
  poss: boolean;
  /** Text between this word's tail and the next word (trimmed), '' at the end. */
  sep: string;
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'\u2019&][\p{L}\p{M}\p{N}]+)*/gu;
const POSS = /['\u2019][sS]$/;

/** The words of `text` between `start` and `end`. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < end) {
    let raw = m[0];
    const s = m.index;
    let e = Math.min(s + raw.length, end);
    raw = text.slice(s, e);
    const tail = e;
    let poss = false;
    if (raw.length > 3 && POSS.test(raw)) {
      poss = true;
      raw = raw.slice(0, -2);
      e -= 2;
    }
    const f = fold(raw);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    out.push({
      start: s,
      end: e,
      tail,
      text: raw,
      fold: f,
      key: poss ? `${f}'s` : f,
      cap: /^\p{Lu}/u.test(raw) || (/^\p{N}/u.test(raw) && /\p{Lu}/u.test(raw)),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      poss,
      sep: '',
    });
  }
  for (let i = 0; i < out.length; i++) {
    const next = i + 1 < out.length ? out[i + 1].start : Math.min(end, text.length);
    out[i].sep = text.slice(out[i].tail, next).trim();
  }
  return out;
}

/** Folded trie keys of a phrase, tokenised exactly as text is. */
export function phraseKeys(phrase: string): { keys: string[]; caps: boolean[] } {
  const ws = wordsIn(phrase, 0, phrase.length);
  return { keys: ws.map((w) => w.key), caps: ws.map((w) => w.cap) };
}
