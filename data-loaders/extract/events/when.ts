/**
 * When an event happened: the date mention of its sentence nearest the
 * trigger, else the latest day-precise date mentioned in the few sentences
 * before it, in the same paragraph or the one before (news keeps “the current
 * day” of a story until it names another; a month or year further back is
 * background, not the current day), else nothing.
 */
import type { DateMention, Doc } from '../../doc/doc.ts';

/** How many sentences back a story's current date carries. */
const LOOK_BACK = 3;

export function nearestDate(dates: DateMention[], at: { start: number; end: number }): DateMention | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const dist = d.end <= at.start ? at.start - d.end : d.start >= at.end ? d.start - at.end : 0;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

export function precedingDate(doc: Doc, sentence: number): DateMention | null {
  const here = doc.sentences[sentence];
  let best: DateMention | null = null;
  for (const d of doc.layers.dates) {
    if (d.sentence >= sentence || d.sentence < sentence - LOOK_BACK) continue;
    const s = doc.sentences[d.sentence];
    if (d.precision !== 'day' || s.caption || here.paragraph - s.paragraph > 1) continue;
    if (!best || d.start > best.start) best = d;
  }
  return best;
}
