/**
 * The `events` stage: who did what, to whom, where and when. A sentence
 * reports an event when it holds a trigger word of the vocabulary
 * (knowledge/event-types.yaml: “visited”, “evacuated”, “phone call”,
 * “sanctions”, …); the report takes
 *   - its actors from the actor mentions of the sentence (nearest first),
 *   - its place from the places layer or an “in <Name>” phrase,
 *   - its date from the sentence's date mention nearest the trigger, else the
 *     nearest date of the few sentences before (the story's current day), else null.
 * One report per event type per sentence. A verb trigger needs an actor or a
 * place; a noun trigger (“talks”, “sanctions”, often just a topic) needs an
 * actor and a date or place; types marked `needs_date` need a date in the
 * sentence itself. Captions are skipped: they repeat the story.
 */
import type { DateMention, EventReport, Mention } from '../doc/doc.ts';
import type { Span } from '../types.ts';
import type { Stage } from './stage.ts';
import { distance } from './events/distance.ts';
import { findPlace } from './events/place.ts';
import { findTriggers } from './events/triggers.ts';
import { eventVocabulary } from './events/vocabulary.ts';
import { nearestDate, precedingDate } from './events/when.ts';

function bySentence<T extends { sentence: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const list = out.get(x.sentence);
    if (list) list.push(x);
    else out.set(x.sentence, [x]);
  }
  return out;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['dates', 'actors'],
  run(doc, kb) {
    const vocab = eventVocabulary(kb);
    const dates = bySentence<DateMention>(doc.layers.dates);
    const mentions = bySentence<Mention>(doc.layers.mentions);
    const places = new Map<number, Span[]>();
    for (const p of doc.layers.places) {
      const s = doc.sentenceAt(p.start);
      if (!s) continue;
      const list = places.get(s.index);
      if (list) list.push(p);
      else places.set(s.index, [p]);
    }

    for (const s of doc.sentences) {
      if (s.caption) continue;
      const tokens = doc.sentenceTokens(s.index);
      const hits = findTriggers(tokens, vocab);
      if (!hits.length) continue;
      // Verbs say more than nouns: try them first for each type.
      hits.sort((a, b) => (a.phrase.pos === b.phrase.pos ? a.start - b.start : a.phrase.pos === 'verb' ? -1 : 1));
      const sentDates = dates.get(s.index) ?? [];
      const sentMentions = mentions.get(s.index) ?? [];
      const people = sentMentions.filter((m) => doc.actors.get(m.actorKey)?.kind === 'person');
      const done = new Set<string>();
      for (const hit of hits) {
        const type = hit.phrase.type;
        if (done.has(type)) continue;
        if (vocab.needsDate.has(type) && !sentDates.length) continue;
        const actorKeys = [...new Set([...sentMentions].sort((a, b) => distance(a, hit) - distance(b, hit)).map((m) => m.actorKey))];
        const place = findPlace(doc.text, tokens, places.get(s.index) ?? [], people, hit, vocab, vocab.placeObject.has(type));
        if (hit.phrase.pos === 'verb' ? !actorKeys.length && !place : !actorKeys.length || (!sentDates.length && !place)) continue;
        const when = nearestDate(sentDates, hit) ?? precedingDate(doc, dates, s.index);
        doc.layers.events.push({
          start: hit.start,
          end: hit.end,
          text: doc.text.slice(hit.start, hit.end),
          sentence: s.index,
          type,
          trigger: hit.phrase.lemma,
          actorKeys,
          place,
          date: when?.iso ?? null,
          precision: when?.precision ?? null,
        } satisfies EventReport);
        done.add(type);
      }
    }
    doc.layers.events.sort((a, b) => a.start - b.start);
  },
};
