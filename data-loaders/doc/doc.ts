/**
 * The document model, after spaCy's Doc: one object per article holding the
 * cleaned text, its sentences and tokens, and every extracted item as a span
 * (offsets into `text`). Extractors are named stages (see extract/stage.ts)
 * that read a Doc and add spans to its layers.
 */
import type { CleanArticle, Span } from '../types.ts';
import { getKnowledge, type Knowledge } from '../knowledge/index.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

export interface Sentence extends Span {
  index: number;
  /** Index of the kept line (paragraph) the sentence lies in. */
  paragraph: number;
  /** True when the sentence is part of a photo caption or credit. */
  caption: boolean;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export type ActorKind = 'person' | 'organisation' | 'group' | 'country' | 'media' | 'place';

/** One real-world actor as known inside an article (and, once merged, across the corpus). */
export interface ActorRef {
  /** Stable key: the canonical name lower-cased and normalised. */
  key: string;
  name: string;
  kind: ActorKind;
  /** Side or affiliation (`Russia`, `Ukraine`, `United States`, `EU`, …) when known. */
  side: string | null;
  role: string | null;
  /** True when the gazetteer knows the actor; false when found by discovery alone. */
  known: boolean;
}

export interface Mention extends Span {
  actorKey: string;
  sentence: number;
  /** How the mention was recognised: `gazetteer`, `discovered`, `surname`, `title`, `pronoun`, … */
  how: string;
}

export interface Quote extends Span {
  sentence: number;
  /** Speaker's canonical name, or null when no speaker was found. */
  speaker: string | null;
  actorKey: string | null;
  /** How the speaker was found: `verb_after`, `verb_before`, `according_to`, `colon`, `previous_sentence`, `pronoun`, … */
  how: string | null;
  /** A short quotation inside a sentence of reported speech (“buy time”). */
  partial: boolean;
}

export type Qualifier =
  | 'exact'
  | 'approx'
  | 'more_than'
  | 'less_than'
  | 'at_least'
  | 'at_most'
  | 'range'
  | 'vague';

export type QuantityKind = 'area' | 'length' | 'money' | 'percent' | 'duration' | 'count' | 'other';

/** A number found in text, with its qualifier and unit, before deciding it is a claim. */
export interface NumberSpan extends Span {
  sentence: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
  /** Canonical unit (`km2`, `mi2`, `km`, `usd`, `percent`, `day`, `soldier`, …). */
  unit: string | null;
  /** The unit as written (`square miles`, `troops`). */
  unitText: string | null;
  quantity: QuantityKind;
  /** Value expressed in the canonical unit of its quantity kind (km² for areas, km for lengths, …). */
  canonicalValue: number | null;
  canonicalUnit: string | null;
  /** Set on a conversion in parentheses: the span of the number it converts. */
  conversionOf: { start: number; end: number } | null;
  /** An ordinal that counts (“17th sanctions package”). */
  ordinal: boolean;
  /** The counted noun phrase after the number (“Ukrainian troops”), when found. */
  noun: Span | null;
  /** Why the number is not a claim (`date`, `year`, `clock_time`, `name`, `phone`, `address`, `list_marker`, `age`, `page_age`, `pronoun`); null for a quantity. */
  excluded: string | null;
}

export interface Claim extends NumberSpan {
  /** Short phrase for what is counted (“Ukrainian soldiers captured”). */
  subject: string | null;
  /** Normalised key to follow the same measure across articles (`soldiers_captured`). */
  metric: string | null;
  claimant: string | null;
  claimantKey: string | null;
  claimantSide: string | null;
  /** How the claimant was found (`said`, `according_to`, `quote`, `carried_over`, …), null for the outlet's own voice. */
  claimantHow: string | null;
  /** The claimant as the sentence writes it, when that differs from `claimant` ("officials" for "Ghanaian officials"). */
  claimantText: string | null;
  citedSource: string | null;
  /** ISO date (or `YYYY-MM`, `YYYY`) the number describes. */
  asOf: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  caption: boolean;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Span {
  sentence: number;
  /** Resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` depending on precision. */
  iso: string;
  precision: DatePrecision;
  /** True when resolved against the publication date (“on Wednesday”, “last August”). */
  relative: boolean;
}

export interface EventReport extends Span {
  sentence: number;
  /** Event type: `visit`, `capture`, `attack`, `interception`, `call`, `meeting`, `agreement`, `rejection`, `sanction`, `death`, … */
  type: string;
  /** The word or phrase that signalled it. */
  trigger: string;
  actorKeys: string[];
  place: string | null;
  date: string | null;
  precision: DatePrecision | null;
}

/** The layers a Doc carries; each extractor fills one or more. */
export interface DocLayers {
  mentions: Mention[];
  quotes: Quote[];
  numbers: NumberSpan[];
  claims: Claim[];
  dates: DateMention[];
  events: EventReport[];
  places: Span[];
}

export class Doc {
  readonly article: CleanArticle;
  readonly text: string;
  readonly sentences: Sentence[];
  readonly tokens: Token[];
  /** Actors known in this article, by key. */
  readonly actors = new Map<string, ActorRef>();
  readonly layers: DocLayers = {
    mentions: [],
    quotes: [],
    numbers: [],
    claims: [],
    dates: [],
    events: [],
    places: [],
  };

  constructor(article: CleanArticle, kb: Knowledge = getKnowledge()) {
    this.article = article;
    this.text = article.text;
    this.sentences = splitSentences(article, kb);
    this.tokens = tokenize(this.text, this.sentences);
  }

  /** A span of this doc's text, its `text` field filled from the offsets. */
  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** The sentence holding character offset `pos` (binary search), or undefined. */
  sentenceAt(pos: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Tokens of sentence `i` (tokens are ordered, so this is a slice). */
  sentenceTokens(i: number): Token[] {
    if (!this.tokenIndex) {
      this.tokenIndex = new Array(this.sentences.length + 1).fill(this.tokens.length);
      for (let t = this.tokens.length - 1; t >= 0; t--) this.tokenIndex[this.tokens[t].sentence] = t;
      for (let s = this.sentences.length - 1; s >= 0; s--) {
        if (this.tokenIndex[s] > this.tokenIndex[s + 1]) this.tokenIndex[s] = this.tokenIndex[s + 1];
      }
    }
    return this.tokens.slice(this.tokenIndex[i], this.tokenIndex[i + 1]);
  }

  private tokenIndex: number[] | null = null;
}
