/**
 * Where an event happened: the place span (doc.layers.places) of the sentence
 * nearest the trigger, else a capitalised name after a place preposition
 * ("in Lagos", "near the Gaza Strip", "in Oromia region"), or for types whose
 * object is a place, the name right after the trigger ("visited Valencia").
 */
import type { Mention, Token } from '../../doc/doc.ts';
import type { Span } from '../../types.ts';
import type { EventVocabulary } from './vocabulary.ts';

import { distance } from './distance.ts';

const CAPITAL = /^\p{Lu}/u;

export function findPlace(
  text: string,
  tokens: Token[],
  places: Span[],
  people: Mention[],
  trigger: { start: number; end: number },
  vocab: EventVocabulary,
  placeObject = false,
): string | null {
  if (places.length) {
    let best = places[0];
    for (const p of places) if (distance(p, trigger) < distance(best, trigger)) best = p;
    return best.text;
  }
  // "in <Capitalised …>" after the trigger first, then anywhere in the sentence;
  // for types whose object is a place, the name right after the trigger.
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const objectOfTrigger = placeObject && tokens[i].end === trigger.end;
    if (!objectOfTrigger && !vocab.placePrepositions.has(tokens[i].text.toLowerCase())) continue;
    let j = i + 1;
    if (tokens[j].text.toLowerCase() === 'the') j++;
    const first = j;
    while (j < tokens.length && tokens[j].kind === 'word' && CAPITAL.test(tokens[j].text) && j - first < 3) {
      if (vocab.placeStopwords.has(tokens[j].text)) break;
      j++;
    }
    if (j === first) continue;
    if (j < tokens.length && vocab.placeSuffixes.has(tokens[j].text.toLowerCase())) j++;
    const start = tokens[first].start;
    const end = tokens[j - 1].end;
    // A person's name is not a place ("in Smith's view").
    if (people.some((m) => m.start < end && m.end > start)) continue;
    found.push({ start, end, text: text.slice(start, end) });
  }
  if (!found.length) return null;
  const after = found.filter((f) => f.start >= trigger.end);
  const pool = after.length ? after : found;
  let best = pool[0];
  for (const f of pool) if (distance(f, trigger) < distance(best, trigger)) best = f;
  return best.text;
}
