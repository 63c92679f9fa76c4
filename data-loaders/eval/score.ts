/**
 * Score extracted articles against gold articles: per component precision,
 * recall and F1 (or accuracy), and per article the misses and false hits.
 * The report is plain JSON (written by `npm run eval -- --json`, read by the
 * Data quality page). Only articles with a gold file are scored.
 */
import { checkBars, type BarResult } from './bars.ts';
import { scoreActors, type ActorsResult } from './actors.ts';
import { CLAIM_ATTRIBUTES, scoreClaims, type ClaimAttribute, type ClaimsResult, type WrongAttribute } from './claims.ts';
import { scoreEvents, type EventsResult } from './events.ts';
import type { ExtractedArticle, ExtractedClaim, ExtractedEvent, ExtractedQuote } from './extracted.ts';
import type { GoldArticle, GoldClaim, GoldEvent, GoldQuote } from './gold.ts';
import { scoreLines, type LinesResult } from './lines.ts';
import { accuracy, sumPrf, type Accuracy, type Prf } from './prf.ts';
import { scoreQuotes, type QuotesResult } from './quotes.ts';

interface Found<M, F> {
  gold: number;
  extracted: number;
  matched: number;
  misses: M[];
  false_hits: F[];
}

export interface ArticleReport {
  article: string;
  key: string | null;
  /** False when no extracted article had this file (everything counts as missed). */
  found: boolean;
  claims: Found<GoldClaim, ExtractedClaim> & { wrong_attributes: WrongAttribute[] };
  quotes: Found<GoldQuote, ExtractedQuote> & { wrong_speaker: QuotesResult['wrongSpeaker'] };
  actors: Found<string, string>;
  events: Found<GoldEvent, ExtractedEvent>;
  boilerplate: Found<string, string>;
  captions: Found<string, string>;
}

export interface EvalReport {
  /** Corpus folder as given (or a label). */
  corpus: string;
  /** Articles with a gold file. */
  articles: number;
  components: {
    claims: Prf;
    claim_attributes: Record<ClaimAttribute, Accuracy>;
    quotes: Prf & { speaker: Accuracy };
    actors: Prf;
    events: Prf;
    boilerplate: Prf;
    captions: Prf;
  };
  bars: BarResult[];
  per_article: ArticleReport[];
}

interface Scored {
  gold: GoldArticle;
  found: boolean;
  claims: ClaimsResult;
  quotes: QuotesResult;
  actors: ActorsResult;
  events: EventsResult;
  boilerplate: LinesResult;
  captions: LinesResult;
}

const EMPTY: Omit<ExtractedArticle, 'file' | 'key'> = { claims: [], quotes: [], actors: [], events: [], boilerplate_lines: [], caption_lines: [] };

/** The extracted article a gold file describes: same file, and same key when the gold gives one. */
function findExtracted(g: GoldArticle, extracted: ExtractedArticle[]): ExtractedArticle | undefined {
  return extracted.find((e) => e.file === g.article && (g.key === null || g.key === undefined || e.key === g.key));
}

function scoreOne(g: GoldArticle, extracted: ExtractedArticle[]): Scored {
  const found = findExtracted(g, extracted);
  const e = found ?? { file: g.article, key: g.key ?? null, ...EMPTY };
  return {
    gold: g,
    found: !!found,
    claims: scoreClaims(g.claims, e.claims),
    quotes: scoreQuotes(g.quotes, e.quotes),
    actors: scoreActors(g.actors, e.actors),
    events: scoreEvents(g.events, e.events),
    boilerplate: scoreLines(g.boilerplate_lines, e.boilerplate_lines),
    captions: scoreLines(g.caption_lines, e.caption_lines),
  };
}

function found<M, F>(r: { gold: number; extracted: number; matched: number; misses: M[]; falseHits: F[] }): Found<M, F> {
  return { gold: r.gold, extracted: r.extracted, matched: r.matched, misses: r.misses, false_hits: r.falseHits };
}

export function scoreArticles(gold: GoldArticle[], extracted: ExtractedArticle[], corpus = ''): EvalReport {
  const scored = gold.map((g) => scoreOne(g, extracted));

  const oneToOne = (k: 'claims' | 'actors' | 'events' | 'boilerplate' | 'captions') =>
    sumPrf(scored.map((s) => ({ gold: s[k].gold, extracted: s[k].extracted, matchedGold: s[k].matched, matchedExtracted: s[k].matched })));
  const attr = (name: ClaimAttribute) =>
    accuracy(
      scored.reduce((n, s) => n + s.claims.attributes[name].judged, 0),
      scored.reduce((n, s) => n + s.claims.attributes[name].correct, 0),
    );
  const components: EvalReport['components'] = {
    claims: oneToOne('claims'),
    claim_attributes: Object.fromEntries(CLAIM_ATTRIBUTES.map((n) => [n, attr(n)])) as Record<ClaimAttribute, Accuracy>,
    quotes: {
      ...sumPrf(scored.map((s) => ({ gold: s.quotes.gold, extracted: s.quotes.extracted, matchedGold: s.quotes.matched, matchedExtracted: s.quotes.matchedExtracted }))),
      speaker: accuracy(
        scored.reduce((n, s) => n + s.quotes.speaker.judged, 0),
        scored.reduce((n, s) => n + s.quotes.speaker.correct, 0),
      ),
    },
    actors: oneToOne('actors'),
    events: oneToOne('events'),
    boilerplate: oneToOne('boilerplate'),
    captions: oneToOne('captions'),
  };

  const per_article: ArticleReport[] = scored.map((s) => ({
    article: s.gold.article,
    key: s.gold.key ?? null,
    found: s.found,
    claims: { ...found(s.claims), wrong_attributes: s.claims.wrong },
    quotes: { ...found(s.quotes), wrong_speaker: s.quotes.wrongSpeaker },
    actors: found(s.actors),
    events: found(s.events),
    boilerplate: found(s.boilerplate),
    captions: found(s.captions),
  }));
  const report: EvalReport = { corpus, articles: gold.length, components, bars: [], per_article };
  report.bars = checkBars(report);
  return report;
}
