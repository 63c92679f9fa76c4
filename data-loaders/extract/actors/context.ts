/**
 * Which country a sentence is about: counts country names, capitals and
 * adjectives ("Russian", "Kyiv's") per sentence, so a contextual mention such
 * as "the defence ministry" can take the country of its neighbourhood.
 */
import type { Country, Lexicon } from './lexicon.ts';
import type { Word } from './words.ts';

export type CountryCounts = Map<Country, number>;

/** Country cues in one sentence's words. */
export function countCountries(words: Word[], lex: Lexicon): CountryCounts {
  const counts: CountryCounts = new Map();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.cap && !w.upper) continue;
    let country: Country | null = null;
    let end = i + 1;
    const adj = lex.adjectives.match(words, i)[0];
    if (adj) {
      country = adj.value;
      end = adj.end;
    } else {
      for (const m of lex.names.match(words, i)) {
        if (m.value.type === 'country') {
          country = m.value.country;
          end = m.end;
          break;
        }
      }
    }
    if (country) {
      counts.set(country, (counts.get(country) ?? 0) + 1);
      i = end - 1;
    }
  }
  return counts;
}

/** How many countries the article names (remembered per counts array, which the stage never changes once built: asked once per contextual noun). */
function countriesNamed(perSentence: CountryCounts[]): number {
  let n = COUNTRIES_NAMED.get(perSentence);
  if (n === undefined) {
    const all = new Set<Country>();
    for (const c of perSentence) for (const k of c.keys()) all.add(k);
    n = all.size;
    COUNTRIES_NAMED.set(perSentence, n);
  }
  return n;
}

const COUNTRIES_NAMED = new WeakMap<CountryCounts[], number>();

/** Add one sentence's country cues, times `weight`, to `score`. */
function addScores(score: Map<Country, number>, c: CountryCounts | undefined, weight: number): void {
  if (!c) return;
  for (const [k, v] of c) score.set(k, (score.get(k) ?? 0) + v * weight);
}

/**
 * The country of sentence `s`: cues in the sentence weigh 3, in the two
 * sentences before 2 and 1, anywhere in the article 0.1. With `localOnly`,
 * the article-wide cues count only when the article names one country.
 * Null when none.
 */
export function contextCountry(perSentence: CountryCounts[], s: number, localOnly = false): Country | null {
  const score = new Map<Country, number>();
  addScores(score, perSentence[s], 3);
  addScores(score, perSentence[s - 1], 2);
  addScores(score, perSentence[s - 2], 1);
  // without a cue nearby, the article's only country still counts (unless asked for local evidence)
  if (!localOnly || score.size === 0) {
    if (!localOnly || countriesNamed(perSentence) === 1) for (const c of perSentence) addScores(score, c, 0.1);
  }
  let best: Country | null = null;
  let bestScore = 0;
  for (const [k, v] of score) {
    if (v > bestScore) {
      best = k;
      bestScore = v;
    }
  }
  return best;
}

/**
 * The article's main country: the one named in most sentences, when it is
 * named in at least twice as many sentences as any other. Null otherwise.
 */
export function dominantCountry(perSentence: CountryCounts[]): Country | null {
  const n = new Map<Country, number>();
  for (const c of perSentence) for (const k of c.keys()) n.set(k, (n.get(k) ?? 0) + 1);
  let best: Country | null = null;
  let first = 0;
  let second = 0;
  for (const [k, v] of n) {
    if (v > first) {
      second = first;
      first = v;
      best = k;
    } else if (v > second) second = v;
  }
  return best && first >= 2 && first >= 2 * second ? best : null;
}
