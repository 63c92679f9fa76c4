/**
 * The `dates` stage: every date mention of the article (“on Wednesday”, “last
 * October”, “the 4th (local time)”, “7 June 2024”, “two weeks ago”) resolved
 * against the publication date to an ISO date with its precision. Without a
 * publication date only absolute dates resolve. Phrases such as “the same
 * day” or “the next day” resolve against the last day the story named.
 * Grammar in extract/dates/, vocabulary in knowledge/date-words.yaml.
 */
import type { DateMention } from '../doc/doc.ts';
import type { Stage } from './stage.ts';
import { addDays, formatIso, parseLoose, parseYmd } from './dates/calendar.ts';
import { dateGrammar, type DateGrammar } from './dates/grammar.ts';
import { scanDates } from './dates/scan.ts';
import { CUE_ANAPHORA, sentenceCues } from './dates/cues.ts';

export const datesStage: Stage = {
  name: 'dates',
  requires: [],
  run(doc, kb) {
    const grammar = dateGrammar(kb);
    const pub = parseYmd(doc.article.published);
    let lastDay: DateMention | null = null;
    for (const s of doc.sentences) {
      const cues = sentenceCues(doc.text, s.start, s.end, grammar.cueWords);
      const found = scanDates(doc.text, s.start, s.end, s.index, pub, grammar, cues);
      const anaphors: DateMention[] =
        (lastDay || found.length) && cues & CUE_ANAPHORA ? anaphoric(doc.text, s.start, s.end, s.index, grammar, found, lastDay) : [];
      for (const d of [...found, ...anaphors].sort((a, b) => a.start - b.start)) {
        doc.layers.dates.push(d);
        if (d.precision === 'day' && !s.caption) lastDay = d;
      }
    }
  },
};

/** "the same day", "the next day": the last day-precise date before the phrase, shifted. */
function anaphoric(text: string, start: number, end: number, sentence: number, g: DateGrammar, found: DateMention[], before: DateMention | null): DateMention[] {
  const out: DateMention[] = [];
  const slice = text.slice(start, end);
  g.anaphora.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.anaphora.exec(slice)) !== null) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (found.some((f) => s < f.end && e > f.start)) continue;
    let anchor = before;
    for (const f of found) if (f.precision === 'day' && f.end <= s) anchor = f;
    const day = anchor && parseLoose(anchor.iso);
    if (!day) continue;
    const offset = g.anaphoraOffset.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? 0;
    out.push({ start: s, end: e, text: m[0], sentence, iso: formatIso(addDays(day, offset), 'day'), precision: 'day', relative: true });
  }
  return out;
}
