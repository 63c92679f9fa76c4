/**
 * The `dates` stage: every date mention of the article (“on Wednesday”, “last
 * August”, “the 12th (local time)”, “12 March 2025”, “two weeks ago”) resolved
 * against the publication date to an ISO date with its precision. Without a
 * publication date only absolute dates resolve. Grammar in extract/dates/,
 * vocabulary in knowledge/date-words.yaml.
 */
import type { Stage } from './stage.ts';
import { parseYmd } from './dates/calendar.ts';
import { dateGrammar } from './dates/grammar.ts';
import { scanDates } from './dates/scan.ts';

export const datesStage: Stage = {
  name: 'dates',
  requires: [],
  run(doc, kb) {
    const grammar = dateGrammar(kb);
    const pub = parseYmd(doc.article.published);
    for (const s of doc.sentences) {
      for (const d of scanDates(doc.text, s.start, s.end, s.index, pub, grammar)) doc.layers.dates.push(d);
    }
  },
};
