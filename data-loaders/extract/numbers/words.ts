/**
 * Reading the value of a number as written: digits with thousands separators
 * and decimals ("1,100", "1.5"), and English number words ("eight",
 * "twenty-four", "a dozen", "two hundred and fifty thousand", "half a
 * million", "two and a half").
 */
import type { NumberLexicon } from './lexicon.ts';

/** "62,400" → 62400, "1.5" → 1.5; null when not a plain decimal number. */
export function parseDigits(s: string): number | null {
  const clean = s.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/**
 * Value of a run of number words, or null when the words do not form a number
 * (a lone "a", "and"). Words are separated by spaces or hyphens.
 */
export function parseNumberWords(s: string, lex: NumberLexicon): number | null {
  const words = s.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let seen = false;
  let pendingFraction = 0; // "half a million": the fraction multiplies the next scale
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'and') continue;
    if (w === 'a' || w === 'an') {
      // "and a half" adds a half; "a million" / "a dozen" count one.
      if (words[i + 1] === 'half') {
        current += 0.5;
        seen = true;
        i++;
      } else if (current === 0 && pendingFraction === 0) {
        current = 1;
      }
      continue;
    }
    if (w === 'half' && i === 0) {
      pendingFraction = 0.5;
      continue;
    }
    const one = lex.ones.get(w) ?? lex.tens.get(w);
    if (one !== undefined) {
      current += one;
      seen = true;
      continue;
    }
    const group = lex.groups.get(w);
    if (group !== undefined) {
      current = (current || 1) * group;
      seen = true;
      continue;
    }
    const scale = lex.scales.get(w);
    if (scale !== undefined) {
      const base = pendingFraction || current || 1;
      pendingFraction = 0;
      seen = true;
      if (scale < 1000) {
        current = base * scale;
      } else {
        total += base * scale;
        current = 0;
      }
      continue;
    }
    return null;
  }
  if (!seen) return null;
  return total + current;
}
