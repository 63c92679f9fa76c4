/**
 * When an event happened: the date mention of its sentence nearest the
 * trigger, else the latest day-precise date mentioned in the few sentences
 * before it, in the same paragraph or the one before (news keeps “the current
 * day” of a story until it names another; a month or year further back is
 * background, not the current day), else nothing.
 */
import type { DateMention, Doc } from '../../doc/doc.ts';
import { distance } from './distance.ts';

/** How many sentences back a story's current date carries. */
const LOOK_BACK = 3;

export function nearestDate(dates: DateMention[], at: { start: number; end: number }): DateMention | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const dist = distance(d, at);
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

/** `dates` are the doc's date mentions grouped by sentence; only LOOK_BACK sentences are visited. */
export function precedingDate(doc: Doc, dates: Map<number, DateMention[]>, sentence: number): DateMention | null {
  const here = doc.sentences[sentence];
  for (let i = sentence - 1; i >= 0 && i >= sentence - LOOK_BACK; i--) {
    const s = doc.sentences[i];
    if (here.paragraph - s.paragraph > 1) break;
    if (s.caption) continue;
    const list = dates.get(i) ?? [];
    for (let k = list.length - 1; k >= 0; k--) if (list[k].precision === 'day') return list[k];
  }
  return null;
}
