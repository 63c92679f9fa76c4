/**
 * Synthetic table rows with the documented columns (docs/tables.md), for
 * testing the site's views at any size: `syntheticTables({ articles: 2000,
 * claimsPerArticle: 50 })` gives 100,000 claims. Deterministic (a seeded
 * generator), with several outlets, metrics, claimants, sides, quotes that
 * repeat across outlets with small wording changes, and events with reports.
 */
import type { Row } from '../../data-loaders/tables/table.ts';
import { rng } from '../../bench/generate.ts';

export interface SyntheticOptions {
  articles: number;
  claimsPerArticle: number;
  quotesPerArticle?: number;
  actors?: number;
  seed?: number;
}

const OUTLETS = ['Harbour Daily', 'Valley Courier', 'Metro Wire', 'Plains Gazette', 'Coastal Times', null];
const METRICS = [
  { metric: 'person:evacuated', unit: 'person', quantity: 'count', subject: 'people evacuated' },
  { metric: 'home:destroyed', unit: 'home', quantity: 'count', subject: 'homes destroyed' },
  { metric: 'km2:flooded', unit: 'km2', quantity: 'area', subject: 'area flooded' },
  { metric: 'usd:damage', unit: 'usd', quantity: 'money', subject: 'estimated damage' },
  { metric: 'percent:turnout', unit: 'percent', quantity: 'percent', subject: 'voter turnout' },
  { metric: 'protester:arrested', unit: 'protester', quantity: 'count', subject: 'protesters arrested' },
];
const QUALIFIERS = ['exact', 'exact', 'approx', 'more_than', 'less_than', 'at_least', 'range'];
const SIDES = ['Government', 'Opposition', 'Aid agencies', null];
const AGENCIES = ['AFP', 'Reuters', 'AP'];

export function syntheticTables(o: SyntheticOptions): Record<string, Row[]> {
  const r = rng(o.seed ?? 7);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const nActors = o.actors ?? 60;
  const actors: Row[] = Array.from({ length: nActors }, (_, i) => ({
    actor_id: `actor${String(i).padStart(4, '0')}`, name: `Speaker Number ${i}`, kind: i % 3 === 0 ? 'organisation' : 'person',
    side: SIDES[i % SIDES.length], role: i % 2 ? 'spokesperson' : null, aliases: [`Number ${i}`], known: i % 4 !== 0, mentions: 0, articles: 0, quotes: 0,
  }));
  const tables: Record<string, Row[]> = { articles: [], claims: [], quotes: [], actors, mentions: [], events: [], event_reports: [], boilerplate: [], overlaps: [], errors: [] };
  const events: Row[] = Array.from({ length: 20 }, (_, i) => ({
    event_id: `event${i}`, type: pick(['flood', 'arrest', 'vote', 'visit']), label: `Event number ${i}`,
    date: `2025-04-${String(1 + (i % 28)).padStart(2, '0')}`, place: i % 2 ? 'the river district' : null, actor_ids: [`actor000${i % 10}`], n_reports: 0,
  }));
  tables.events = events;
  for (let a = 0; a < o.articles; a++) {
    const article_id = `art${String(a).padStart(6, '0')}`;
    const outlet = OUTLETS[a % OUTLETS.length];
    const published = `2025-04-${String(1 + (a % 28)).padStart(2, '0')}`;
    const sentences: string[] = [];
    const claims: Row[] = [];
    for (let c = 0; c < o.claimsPerArticle; c++) {
      const m = METRICS[(a + c) % METRICS.length];
      const value = Math.round(100 + r() * 900);
      const q = pick(QUALIFIERS);
      const numberText = `${q === 'more_than' ? 'more than ' : q === 'approx' ? 'about ' : ''}${value}`;
      const claimant = c % 3 === 0 ? null : (actors[(a + c) % nActors].name as string);
      const sentence = `Officials counted ${numberText} ${m.subject} by the evening of day ${c}.`;
      const offset = sentences.join(' ').length + (sentences.length ? 1 : 0);
      sentences.push(sentence);
      const start = offset + sentence.indexOf(numberText);
      claims.push({
        claim_id: `${article_id}c${c}`, article_id, file: `${article_id}.txt`, outlet, published, sentence, start, end: start + numberText.length,
        text: numberText, value, value_low: q === 'range' ? value - 50 : q === 'more_than' || q === 'at_least' ? value : null, value_high: q === 'range' ? value + 50 : q === 'less_than' ? value : null,
        qualifier: q, vague: false, unit: m.unit, quantity: m.quantity, value_canonical: value, unit_canonical: m.unit, conversion_of: null,
        subject: m.subject, metric: m.metric, claimant, claimant_id: claimant ? actors[(a + c) % nActors].actor_id : null,
        claimant_side: claimant ? (actors[(a + c) % nActors].side as string | null) : null, attribution: claimant ? 'said' : null,
        cited_source: c % 5 === 0 ? pick(AGENCIES) : null, as_of: `2025-04-${String(1 + ((a + c) % 28)).padStart(2, '0')}`, period_start: null, period_end: null, caption: false,
      });
    }
    let text = sentences.join(' ');
    for (let qn = 0; qn < (o.quotesPerArticle ?? 2); qn++) {
      const speaker = actors[(a + qn) % 10];
      const words = `We will keep the bridges open and rebuild every road number ${qn}${a % 2 ? ' soon' : ''}`;
      const start = text.length + 2;
      text += ` “${words}”, a spokesperson said.`;
      tables.quotes.push({ quote_id: `${article_id}q${qn}`, article_id, file: `${article_id}.txt`, outlet, speaker: speaker.name, actor_id: speaker.actor_id, text: words, start, end: start + words.length, attribution: 'verb_after', partial: false });
      tables.mentions.push({ article_id, file: `${article_id}.txt`, actor_id: speaker.actor_id, start, end: start + 3, text: 'We', how: 'pronoun' });
    }
    for (let k = 0; k < 3; k++) tables.mentions.push({ article_id, file: `${article_id}.txt`, actor_id: actors[(a * 3 + k) % nActors].actor_id, start: 0, end: 9, text: 'Officials', how: 'gazetteer' });
    const ev = events[a % events.length];
    tables.event_reports.push({ event_id: ev.event_id, article_id, file: `${article_id}.txt`, outlet, published, start: 0, end: sentences[0]?.length ?? 0, text: sentences[0] ?? '', type: ev.type, trigger: 'counted', date: ev.date });
    tables.claims.push(...claims);
    tables.articles.push({
      article_id, file: `${article_id}.txt`, key: null, format: 'text', outlet, outlet_inferred: outlet === null, published, published_inferred: a % 7 === 0,
      title: `Story number ${a}`, title_inferred: false, url: null, language: 'en', language_inferred: true, byline: null, text,
      word_count: text.split(/\s+/).length, wire_credits: a % 4 === 0 ? [pick(AGENCIES)] : [], removed_lines: 2, caption_lines: 0, duplicate_lines: 0, flags: [],
    });
    tables.boilerplate.push({ article_id, file: `${article_id}.txt`, line: 0, text: 'Subscribe to our newsletter', kind: 'removed', reason: 'newsletter' });
  }
  for (const e of events) e.n_reports = tables.event_reports.filter((x) => x.event_id === e.event_id).length;
  return tables;
}
