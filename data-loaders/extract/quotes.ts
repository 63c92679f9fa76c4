/**
 * The quotes stage: finds quotations (quotes/spans.ts), decides which are
 * quotations of someone rather than scare quotes, and attributes each to a
 * speaker among the article's actor mentions (quotes/attribution.ts). A
 * quotation with no cue of its own continues the words of the last speaker
 * quoted in the sentences just before. A quotation nobody is found to say
 * takes the speaker of the same words quoted elsewhere in the article (a
 * headline's “reviewing the outage” is the regulator's quoted in the story).
 * Fills `doc.layers.quotes`.
 */
import type { Doc, Mention, Quote } from '../doc/doc.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Stage } from './stage.ts';
import { sentenceWords, wordAt } from './actors/doc-words.ts';
import { lexicon } from './actors/lexicon.ts';
import { oblique } from './actors/scan.ts';
import { attribute, nameBeforeVerb, type SentenceView } from './quotes/attribution.ts';
import { actorNamed } from './claims/speakers.ts';
import { docQuotes, type QuoteSpan } from './quotes/spans.ts';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['actors'],
  run(doc, kb) {
    extractQuotes(doc, kb);
  },
};

/** How many sentences back a cue-less quotation may take its speaker from. */
const CARRY_SENTENCES = 3;

export function extractQuotes(doc: Doc, kb: Knowledge): void {
  const lex = lexicon(kb);
  const spans = docQuotes(doc);
  const allWords = sentenceWords(doc);
  const views = buildViews(doc, allWords, spans, lex);
  const out: Quote[] = [];
  /** Short quotations with no speaker, kept only if the same words are someone's elsewhere. */
  const pending: Quote[] = [];
  for (const q of spans) {
    const sa = doc.sentenceAt(q.start);
    const sb = doc.sentenceAt(q.end - 1) ?? sa;
    if (!sa || !sb) continue;
    const first = views[sa.index];
    const last = views[sb.index];
    const qa = Math.max(0, wordAt(first.words, q.start));
    const qb = Math.max(0, wordAt(last.words, q.end) - 1);
    const partial = isPartial(doc.text, q, sa.start);
    // a quoted word used as a modifier (“a ‘hold’ rating”) quotes nobody
    if (partial && modifierQuote(doc.text, q)) continue;
    let attr = attribute(first, qa, last, qb, lex);
    // "Northwind said it “…”": a short form of an organisation's name that no mention covers
    if (!attr) attr = shortName(doc, first, qa, lex, sa.index);
    if (!attr && !partial) {
      // a quotation with no cue continues the last speaker's words
      const prev = [...out].reverse().find((p) => p.actorKey && p.sentence >= sa.index - CARRY_SENTENCES && p.sentence <= sa.index);
      if (prev) {
        const m = doc.layers.mentions.find((x) => x.actorKey === prev.actorKey) as Mention;
        attr = { mention: m, how: 'previous_sentence' };
      } else attr = reportedJustBefore(doc, views, q.start, sa.index, lex);
    }
    const actor = attr ? doc.actors.get(attr.mention.actorKey) : undefined;
    // the fields of `doc.span`, written out (an object spread is slow here)
    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      sentence: sa.index,
      speaker: actor?.name ?? null,
      actorKey: actor?.key ?? null,
      how: attr?.how ?? null,
      partial,
    };
    // a short quotation nobody says is a scare quote ("its “shadow fleet”"), unless its words are someone's elsewhere
    if (!attr && partial) pending.push(quote);
    else out.push(quote);
  }
  const said = new Map<string, Quote>();
  for (const q of out) {
    if (!q.actorKey) continue;
    const words = sameWords(q.text);
    if (!said.has(words)) said.set(words, q);
  }
  for (const q of said.size > 0 ? [...out, ...pending] : []) {
    if (q.actorKey) continue;
    const other = said.get(sameWords(q.text));
    if (!other) continue;
    q.speaker = other.speaker;
    q.actorKey = other.actorKey;
    q.how = 'same_words';
    if (pending.includes(q)) out.push(q);
  }
  out.sort((a, b) => a.start - b.start);
  doc.layers.quotes.push(...out);
}

/**
 * A quotation opening a paragraph right after a sentence of reported speech
 * ("Ana Ruiz, an economist at Banco Sur, said the figures were weak." then a
 * paragraph “We expect …”): the words go on being that speaker's. The
 * sentence before is read as if the quotation followed it.
 */
function reportedJustBefore(doc: Doc, views: SentenceView[], start: number, s: number, lex: ReturnType<typeof lexicon>): ReturnType<typeof attribute> {
  const sentence = doc.sentences[s];
  const prev = doc.sentences[s - 1];
  if (!prev || prev.paragraph !== sentence.paragraph - 1 || start - sentence.start > 1) return null;
  const view = views[s - 1];
  if (view.words.length === 0 || view.quoted.some(Boolean)) return null;
  const attr = attribute(view, view.words.length, view, view.words.length - 1, lex);
  if (!attr || !['verb_before', 'subject', 'pronoun', 'colon'].includes(attr.how)) return null;
  return { mention: attr.mention, how: 'previous_paragraph' };
}

/** The actor a capitalised name before the speech verb abbreviates ("Northwind" → "Northwind Energy"), as an attribution. */
function shortName(doc: Doc, view: SentenceView, qa: number, lex: ReturnType<typeof lexicon>, sentence: number): ReturnType<typeof attribute> {
  const run = nameBeforeVerb(view, qa, lex);
  if (!run) return null;
  const start = view.words[run[0]].start;
  const end = view.words[run[1] - 1].end;
  const name = doc.text.slice(start, end);
  const sp = actorNamed(doc, name);
  if (!sp?.key || sp.kind === 'person' || sp.kind === 'place') return null;
  const mention: Mention = { start, end, text: name, actorKey: sp.key, sentence, how: 'short_name' };
  return { mention, how: 'verb_before' };
}

/** Quotation text compared for "the same words": lower case, letters and digits only. */
function sameWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const MODIFIER_DETERMINERS = /(?:^|\s)(?:a|an|the|its|their|his|her|our|this|that)\s*$/i;

/** One or two quoted words between a determiner and a lower-case noun: “a ‘hold’ rating”, “the ‘ghost fleet’ tankers”. */
function modifierQuote(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.start, q.end);
  if (inner.split(/\s+/).length > 2 || /[.,;:!?]$/.test(inner)) return false;
  if (!MODIFIER_DETERMINERS.test(text.slice(Math.max(0, q.open - 8), q.open))) return false;
  const after = /^\s+(\p{Ll}+)/u.exec(text.slice(q.close + 1, q.close + 30));
  return after !== null && !/^(?:and|or|but|as|to|in|of|on|for|from|by|with|at|is|was|are|were|said|says|because|which|that)$/.test(after[1]);
}

/** A short quotation inside a sentence of reported speech (“buy time”), not a full quoted statement. */
function isPartial(text: string, q: QuoteSpan, sentenceStart: number): boolean {
  const before = text.slice(sentenceStart, q.open).trim();
  if (before === '') return false;
  if (/[:,]$/.test(before)) return !/^\p{Lu}/u.test(text[q.start]) && q.end - q.start < 60;
  return !/^\p{Lu}/u.test(text[q.start]) || q.end - q.start < 25;
}

function buildViews(doc: Doc, allWords: ReturnType<typeof sentenceWords>, spans: readonly QuoteSpan[], lex: ReturnType<typeof lexicon>): SentenceView[] {
  const views: SentenceView[] = allWords.map((words) => ({ words, quoted: new Array(words.length).fill(false), mentions: [] }));
  for (const q of spans) {
    for (let s = doc.sentenceAt(q.start)?.index ?? -1; s >= 0 && s < doc.sentences.length && doc.sentences[s].start < q.end; s++) {
      const words = allWords[s];
      for (let k = wordAt(words, q.start); k < words.length && words[k].start < q.end; k++) views[s].quoted[k] = true;
    }
  }
  for (const m of doc.layers.mentions) {
    const view = views[m.sentence];
    if (!view) continue;
    const w0 = wordAt(view.words, m.start);
    const w1 = Math.max(w0 + 1, wordAt(view.words, m.end));
    view.mentions.push({ mention: m, w0, w1, oblique: oblique(view.words, w0, lex) });
  }
  for (const v of views) v.mentions.sort((a, b) => a.w0 - b.w0 || b.w1 - a.w1);
  return views;
}
