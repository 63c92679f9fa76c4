/**
 * Claimant attribution: who asserts a number. For each sentence we find its
 * speech verbs (speech-verbs.yaml, minus noun and passive uses), its clause
 * boundaries (";", a spaced dash, a comma before "while", "after", "where", …)
 * and its source phrases ("according to X", "citing X"). A number's claimant
 * is then, in order:
 *
 *   1. the speaker of the quote it stands in;
 *   2. the subject of the nearest speech verb in the same clause — before the
 *      number ("X said (that) …") or after it ("…, X said", also through an
 *      apposition: "…, the operator, Akanta Mining, said"); a verb of
 *      recording inside a report is the reporter's ("X said its observers
 *      recorded 41"); a count in the listener phrase of "told" ("told a crowd
 *      of 2,000") is nobody's claim; people counted in a poll are the poll
 *      owner's ("nineteen of the 24 economists polled by Reuters"); a participle
 *      (", saying …") keeps the subject of the verb before it; a pronoun
 *      ("He said", "…, it said") is resolved by the actors stage, to the
 *      speaker of the clause it stands in ("police said they could confirm
 *      only 7") or to the last person (group) who spoke. Verbs of recording,
 *      forecasting and planning (claims.yaml `claim_verbs`: "the met office recorded",
 *      "the union is seeking") count too, but a sentence-final "…, X said"
 *      reports the whole sentence and takes precedence over them. A subject
 *      that cites someone else ("X, citing clinic staff, reported …")
 *      passes the claim to the one cited, and is the cited source when it is
 *      an outlet;
 *   3. the actor after "according to" / "citing" (a possessor of a
 *      statement noun first: "according to the federation's own tally" → the
 *      union; a document: "according to budget documents" → the government;
 *      "according to the same figures" → the previous claimant);
 *   4. the possessor of a statement noun ("the ministry's figures");
 *   5. the previous sentence's claimant when the sentence continues it
 *      ("Another 15 were …"), or, in the same paragraph, reports a figure
 *      with an agentless passive ("Debt is projected to peak at …");
 *   6. nobody: the outlet states it in its own voice.
 *
 * Unnamed sources ("a person familiar with the talks") are kept as written,
 * with no actor key (speakers.ts). News agencies found in these positions are
 * cited sources, not claimants.
 */
import type { Doc, NumberSpan, Token } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { bySentence } from './by-sentence.ts';
import { capitalisedSource, groupPhraseWords, isPlace, mentionsIn, pronounBefore, speakerFromMention, speakerIn, type Speaker } from './speakers.ts';
import { definiteReport, documentOwner, pollCounted, possessedWords, statementSource, unnamedSource } from './described-sources.ts';
import { foldedSentence, lowerCase, mayBeIn, sentenceWords, wordShapes } from './sentence-words.ts';
import { anyWordWithin, holdsAny } from './literal-hits.ts';
import { isJsSpace } from './text-tail.ts';

interface Verb {
  start: number;
  end: number;
  /** ", saying …": takes the subject of the clause it hangs on. */
  participle: boolean;
  /** A verb of recording or forecasting (claims.yaml `claim_verbs`), not of speech. */
  claim: boolean;
  /** A verb of recording whose subject reports like a speaker ("its figures show …", claims.yaml `data_report_verbs`). */
  reports: boolean;
  /** The verb's subject once computed (undefined: not yet). */
  subject?: Speaker | null;
}

interface SourcePhrase {
  start: number;
  end: number;
  speaker: Speaker | null;
  /** The cue, lower-case ("according to", "citing"). */
  cue: string;
  /** "according to the same figures": the previous claimant's. */
  same: boolean;
}

/** What a sentence offers for attribution, computed once per sentence. */
export interface SentenceFrame {
  index: number;
  verbs: Verb[];
  /** Every clause boundary (dates keep to their clause). */
  boundaries: number[];
  /** Boundaries that end a speaker's reach: not a continuation ("…, up from 4.8%"). */
  hard: number[];
  /** Boundaries opening a relative clause (", which …"). */
  relative: number[];
  sources: SourcePhrase[];
  /** "the ministry's figures", "Figures released by X": computed when a number asks (undefined until then). */
  statement?: Speaker | null;
  /** A sentence-final reporting verb ("…, the minister said on Tuesday."), which reports the whole sentence. */
  final: Verb | null;
  /** The sentence reports a figure with an agentless passive ("… is projected to …"); null until asked. */
  agentless: boolean | null;
  /** The subject of `final`, once computed. */
  finalSpeaker?: Speaker | null;
  /** The sentence holds the words an owned report needs (`mayOwnReport`), once asked. */
  ownedReportWords?: boolean;
}

export interface Attribution {
  claimant: Speaker | null;
  how: string | null;
  /** A news agency credited in the same position ("Reuters reports"). */
  cited: string | null;
}

/** State carried from sentence to sentence within one article. */
export interface AttributionState {
  lastPerson: Speaker | null;
  lastGroup: Speaker | null;
  /** The last singular group that spoke (an organisation, "the ministry"), for "it said"; not "analysts". */
  lastIt?: Speaker | null;
  /** Claimant of the previous sentence's claims, for carry-over. */
  previous: Speaker | null;
  /** Paragraph of the sentence `previous` comes from. */
  previousParagraph?: number;
  /** The speaker of a reported statement ("X said that …") and its sentence, for a next sentence that goes on in the conditional. */
  reporter?: { speaker: Speaker; sentence: number } | null;
}

const DASHES = new Set(['–', '—', '-']);
const AND = /and/i;

/**
 * The frame of sentence `s`. `forNumbers` false: the sentence has no claim to
 * attribute, only its speakers to remember (rememberSpeakers), so its source
 * phrases and sentence-final verb, which only `attribute` reads, are left
 * out (`sources` empty, `final` null), and so are its clause boundaries
 * when it has no speech verb either.
 */
export function analyseSentence(doc: Doc, s: number, lex: ClaimsLexicon, forNumbers = true): SentenceFrame {
  const { tokens, lower } = sentenceWords(doc, s);
  const sentence = doc.sentences[s];
  const boundaries: number[] = [];
  const hard: number[] = [];
  const relative: number[] = [];
  const verbs: Verb[] = [];
  const speechShapes = wordShapes(lex.speechVerbs);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const low = lower[i];
    if (t.kind !== 'word' || !mayBeIn(speechShapes, low) || !lex.speechVerbs.has(low) || nounOrPassive(tokens, lower, i, lex)) continue;
    if (lex.atVerbs.has(low)) {
      // "put the toll at 860": only with an "at" object.
      lex.atObject.lastIndex = t.end;
      if (!lex.atObject.test(doc.text)) continue;
    }
    // "the hospital had admitted 187 patients": a speech verb counting its object records, it does not speak
    const counting = lex.countingVerbs.has(low) && tokens[i + 1]?.kind === 'number';
    verbs.push({ start: t.start, end: t.end, participle: low.endsWith('ing') && i > 0 && tokens[i - 1].text === ',', claim: counting || lex.claimVerbs.has(low), reports: lex.dataReportVerbs.has(low) });
  }
  // Clause boundaries serve the verbs' subjects and the numbers: a sentence with neither needs none.
  if (forNumbers || verbs.length > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'word' || t.kind === 'number') continue; // not a ";", "," or dash
      if (t.text === ';') boundaries.push(t.start);
      else if (DASHES.has(t.text) && /\s/.test(doc.text[t.start - 1] ?? '') && /\s/.test(doc.text[t.end] ?? '')) boundaries.push(t.start);
      else if (t.text === ',' && i + 1 < tokens.length && opensClause(lower, i + 1, lex)) {
        boundaries.push(t.start);
        const kind = openerKind(lower, i + 1, lex);
        if (kind === 'relative') relative.push(t.start);
        if (kind === 'continuation') continue;
      } else continue;
      hard.push(boundaries[boundaries.length - 1]);
    }
  }
  return {
    index: s,
    verbs,
    boundaries,
    hard,
    relative,
    sources: forNumbers ? sourcePhrases(doc, s, sentence.start, sentence.end, lex, boundaries) : [],
    final: forNumbers ? finalVerb(doc, s, verbs) : null,
    agentless: null,
  };
}

/** A comma and a participial or prepositional adjunct ending a sentence after its verb (", with …", ", as …", ", amid …"). */
const FINAL_ADJUNCT = /,\s+(?:with|as|amid|after|while|despite|following|before)\s/i;

/** Words that cannot open the subject of an inverted "…, X said" ("…, in what experts described as …"). */
const NOT_A_SUBJECT = /^\s*(?:in|on|at|of|for|with|from|by|to|as|what|which|who|whom|whose|where|when|how|and|but|or|while|whereas|so|then)\b/i;

/** The last comma before a space (not the one in "1,200") or closing quote in `head`, or -1. */
function lastCut(head: string): number {
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head[i];
    if (c === ',' && /\s/.test(head[i + 1] ?? ' ')) return i;
    if (c === '”' || c === '"') return i;
    // A closing single quote, not an apostrophe ("the workers’ union"): after punctuation.
    if ((c === '’' || c === "'") && /[.,!?]/.test(head[i - 1] ?? '')) return i;
  }
  return -1;
}

/** The last reporting verb when it closes the sentence after a comma or a closing quote ("…, X said on Monday."). */
function finalVerb(doc: Doc, s: number, verbs: Verb[]): Verb | null {
  const v = verbs[verbs.length - 1];
  // (a verb of recording is no final report, except data that show: "…, the league's figures show")
  if (!v || v.participle || (v.claim && !v.reports)) return null;
  const sentence = doc.sentences[s];
  const tail = doc.text.slice(v.end, sentence.end);
  // "…, the ministry said on Wednesday, with new cases rising": an adjunct after the verb keeps it final
  const adjunct = FINAL_ADJUNCT.exec(tail);
  const rest = adjunct ? tail.slice(0, adjunct.index) : tail;
  if (rest.length > 80 || /[,;:“”"]/.test(rest) || (adjunct && /[;:“”"]/.test(tail))) return null;
  const head = doc.text.slice(sentence.start, v.start);
  const cut = lastCut(head);
  if (cut < 0) return null;
  const region = head.slice(cut + 1);
  if (region.split(/\s+/).filter(Boolean).length > 7 || NOT_A_SUBJECT.test(region)) return null;
  return v;
}

/** The kind of clause a comma opens at token `i` (`lower`: the sentence's lower-case tokens): a continuation of a figure, a relative clause, or another clause. */
function openerKind(lower: string[], i: number, lex: ClaimsLexicon): 'continuation' | 'relative' | 'other' {
  const one = lower[i];
  const two = i + 1 < lower.length ? `${one} ${lower[i + 1]}` : '';
  if (lex.continuationOpeners.has(one) || lex.continuationOpeners.has(two)) return 'continuation';
  if (lex.relativeOpeners.has(one)) return 'relative';
  return 'other';
}

/** Does a new clause start at token `i` ("while", "after", "down from", "three days after")? */
function opensClause(lower: string[], i: number, lex: ClaimsLexicon): boolean {
  const one = lower[i];
  if (lex.clauseOpeners.has(one)) return true;
  // a span of time, then an opener: "three days after", "48 hours before"
  if (i + 2 < lower.length && SPAN_UNITS.test(lower[i + 1]) && (/^\d/.test(one) || SPAN_COUNTS.has(one)) && lex.clauseOpeners.has(lower[i + 2])) return true;
  return i + 1 < lower.length && lex.clauseOpeners.has(`${one} ${lower[i + 1]}`);
}

const SPAN_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?)$/i;
const SPAN_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few']);

const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'multiple', 'many', 'numerous', 'dozens']);

/** "a two-hour call", "his claims", "were reported": not an act of speech by a subject. */
function nounOrPassive(tokens: Token[], lower: string[], i: number, lex: ClaimsLexicon): boolean {
  // "figures reported by shops": a participle with its agent, not a verb with a subject.
  if (i + 1 < tokens.length && lower[i + 1] === 'by' && !lower[i].endsWith('ing')) return true;
  if (i === 0) return false;
  const prevText = tokens[i - 1].text;
  const prev = lower[i - 1];
  if (lex.nounMarkers.has(prev)) return true;
  // "two counts of fraud", "612,400 calls for service": after a number, a verb that is also a plural noun is the noun
  if (lex.pluralNounVerbs.has(lower[i]) && (/^\d/.test(prev) || COUNT_WORDS.has(prev))) return true;
  // "is seeking" is progressive, "were reported" passive.
  if (lex.passiveAux.has(prev)) return !lower[i].endsWith('ing');
  // "a two-hour call", but not "Tremblay-Roy told".
  if ((prev.includes('-') && !/^\p{Lu}/u.test(prevText)) || /['’]s$/.test(prev)) return true;
  if (i >= 2 && /^['’]$/.test(prev) && lower[i - 2] === 's') return true;
  return false;
}

/** "according to X", "citing X": the speaker named up to the next comma or clause boundary. */
function sourcePhrases(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon, boundaries: number[]): SourcePhrase[] {
  const out: SourcePhrase[] = [];
  if (!holdsAny(foldedSentence(doc, s), lex.sourcePhraseWords)) return out;
  const re = lex.sourcePhrase;
  re.lastIndex = 0;
  const text = doc.text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = start + m.index;
    const from = at + m[0].length;
    let to = end;
    // the phrase ends at a comma, unless a name runs through it ("the Meteorology, Climatology and Geophysics Agency")
    let comma = doc.text.indexOf(',', from);
    const spanning = comma >= 0 && comma < end ? mentionsIn(doc, s, from, end).find((x) => x.start < comma && x.end > comma && x.start - from <= 5) : undefined;
    if (spanning) comma = doc.text.indexOf(',', spanning.end);
    if (comma >= 0 && comma < to) to = comma;
    for (const b of boundaries) if (b > from && b < to) to = b;
    const region = doc.text.slice(from, to);
    const ms = mentionsIn(doc, s, from, to);
    const named = ms.filter((m) => doc.actors.get(m.actorKey)?.kind !== 'place');
    let speaker: Speaker | null =
      ownerOfStatement(doc, s, from, to, lex) ?? unnamedSource(doc, s, region, lex, true, from) ?? documentOwner(doc, s, region, lex, true, from) ?? statementSource(doc, s, from, to, lex) ?? definiteReport(doc, s, region, lex);
    if (!speaker && named.length > 0) speaker = speakerFromMention(doc, named[0], lex);
    if (!speaker) speaker = agencyIn(doc, from, to, lex);
    if (!speaker) speaker = groupPhraseWords(doc, s, doc.text.slice(from, to), lex, true);
    if (!speaker) speaker = capitalisedSource(doc, doc.text.slice(from, to), lex);
    out.push({ start: at, end: to, speaker, cue: lowerCase(m[1]).replace(/\s+/g, ' '), same: /^\s*the\s+same\b/i.test(doc.text.slice(from, to)) });
  }
  return out;
}

/**
 * "according to the federation's own RoadWatch tally": the possessor of a
 * statement noun opening a source phrase owns the figures.
 */
function ownerOfStatement(doc: Doc, s: number, from: number, to: number, lex: ClaimsLexicon): Speaker | null {
  const m = POSSESSOR_OPENING.exec(doc.text.slice(from, to));
  if (!m) return null;
  const rest = m[2].split(/\s+/).slice(0, 4);
  if (!rest.some((w) => lex.statementNouns.has(lowerCase(w).replace(/[^\p{L}]/gu, '')))) return null;
  const end = from + m[1].length;
  const ms = mentionsIn(doc, s, from, end).filter((x) => doc.actors.get(x.actorKey)?.kind !== 'place');
  if (ms.length > 0) return speakerFromMention(doc, ms[ms.length - 1], lex);
  return groupPhraseWords(doc, s, m[1], lex, false, end) ?? capitalisedSource(doc, m[1], lex);
}

/** A possessor opening a phrase ("the federation's own tally"): group 1 the possessor, group 2 what follows. */
const POSSESSOR_OPENING = /^\s*((?:the\s+)?[\p{L}\p{M}.&-]+(?:\s+[\p{L}\p{M}.&-]+){0,4}?)['’]s?\s+((?:own\s+)?.*)$/u;

/** A news agency named near the start of [from, to) ("according to Reuters"). */
function agencyIn(doc: Doc, from: number, to: number, lex: ClaimsLexicon): Speaker | null {
  if (!anyWordWithin(doc, lex.agencyWords, from, to)) return null;
  lex.agencyRe.lastIndex = 0;
  const m = lex.agencyRe.exec(doc.text.slice(from, to));
  if (!m || m.index > 12) return null;
  return { name: lex.agencies.get(m[0]) ?? m[0], key: null, side: null, kind: 'media', media: true, pronoun: false };
}

/** "the ministry's figures", "Kyiv's estimate": the possessor of a statement noun. */
function statementSpeaker(doc: Doc, s: number, lex: ClaimsLexicon): Speaker | null {
  const sentence = doc.sentences[s];
  for (const m of mentionsIn(doc, s, sentence.start, sentence.end)) {
    // (the pattern opens with the possessive's apostrophe: a plain test first)
    const c = m.end < sentence.end ? doc.text.charCodeAt(m.end) : -1;
    if (c !== 39 && c !== 0x2019) continue;
    const after = doc.text.slice(m.end, Math.min(sentence.end, m.end + 40));
    // "the agency's figures", "the agency's latest quarterly figures": a statement noun the possessive owns
    if (possessedWords(after).some((w) => lex.statementNouns.has(w))) return speakerFromMention(doc, m, lex);
  }
  // "Results released by the electoral commission on Friday gave …": figures opening the sentence, and who published them.
  const opening = lex.statementBy.exec(sentence.text);
  if (!opening) return null;
  const from = sentence.end - opening[1].length;
  const ms = mentionsIn(doc, s, from, sentence.end);
  if (ms.length > 0 && ms[0].start - from < 6) return speakerFromMention(doc, ms[0], lex);
  const head = opening[1].split(/\s+/).slice(0, 6).join(' ');
  return groupPhraseWords(doc, s, head, lex, true, from) ?? (/^(?:the\s+)?\p{Lu}/u.test(head) ? capitalisedSource(doc, head, lex) : null);
}

/** A boundary in [a, b) that ends a speaker's reach (relative clauses too, unless `relativeOk`). */
/** Does a "that"-clause open right after a reporting verb ending at `end` ("said that", "told reporters on Monday that")? */
function thatClauseAfter(text: string, end: number): boolean {
  return /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?that\s/u.test(text.slice(end, end + 60));
}

/** Is there a clause break between `a` and `b` that opens the outlet's own context (", after the union called a strike", ", as talks resumed")? */
function contextBetween(text: string, frame: SentenceFrame, a: number, b: number, lex: ClaimsLexicon): boolean {
  return frame.hard.some((x) => x >= a && x < b && lex.contextOpeners.test(text.slice(x + 1, x + 40)));
}

function boundaryBetween(frame: SentenceFrame, a: number, b: number, relativeOk = false): boolean {
  return frame.hard.some((x) => x >= a && x < b && !(relativeOk && frame.relative.includes(x)));
}

function clauseStart(doc: Doc, frame: SentenceFrame, pos: number): number {
  let start = doc.sentences[frame.index].start;
  for (const b of frame.boundaries) if (b < pos && b + 1 > start) start = b + 1;
  return start;
}

/** The subject of verb `v` (words before it in its clause), with pronoun and participle handling. */
function subjectOf(doc: Doc, frame: SentenceFrame, v: Verb, state: AttributionState, lex: ClaimsLexicon): Speaker | null {
  if (v.subject === undefined) v.subject = findSubject(doc, frame, v, state, lex);
  return v.subject;
}

function findSubject(doc: Doc, frame: SentenceFrame, v: Verb, state: AttributionState, lex: ClaimsLexicon): Speaker | null {
  if (v.participle) {
    for (const other of frame.verbs) {
      if (other.start >= v.start) break;
      const sp = findSubject(doc, frame, { ...other, participle: false }, state, lex);
      if (sp) return sp;
    }
  }
  // words inside a quotation are never the subject of a verb outside it ("“I will serve …,” she told a crowd")
  const from = afterQuotes(doc, clauseStart(doc, frame, v.start), v.start);
  // "Its figures show …", "Its forecasters said …": the body the possessive stands for
  const owned = opensWithPossessive(doc.text, from, v.start) ? POSSESSIVE_SUBJECT.exec(doc.text.slice(from, v.start)) : null;
  if (owned) {
    const head = owned[2].split(/\s+/).pop()!.toLowerCase();
    // its figures, its officials, its forecasters / inspectors / economists (its staff by trade)
    if (!lex.notStaff.has(head) && (lex.statementNouns.has(head) || lex.groupNouns.has(head) || /^\p{Ll}{3,}(?:ers|ors|ists)$/u.test(head))) {
      const word = lowerCase(owned[1]);
      const body = resolvePronoun(word === 'its' ? 'it' : word === 'their' ? 'they' : word === 'his' ? 'he' : 'she', state);
      if (body && !body.media) return body;
    }
  }
  const sp = speakerIn(doc, frame.index, from, v.start, lex);
  // "The Harbour Board plans 40 berths": a lone unknown capitalised word is too weak a subject for a verb that is not speech ("Housing plans …").
  if (sp && v.claim && sp.key === null && sp.kind === null && !/\s/.test(sp.name) && !lex.countries.has(lowerCase(sp.name))) return null;
  if (sp) return sp;
  const pronoun = pronounBefore(doc.text, from, v.start);
  if (pronoun) {
    // "police said they could confirm only seven": the pronoun is the speaker of the clause it stands in.
    for (let i = frame.verbs.length - 1; i >= 0; i--) {
      const outer = frame.verbs[i];
      if (outer.start >= v.start) continue;
      const osp = subjectOf(doc, frame, outer, state, lex);
      // In the same clause any speaker; across a clause boundary ("X said …, though they noted …") one that agrees.
      if (osp && (outer.start >= from || agrees(pronoun, osp))) return osp;
    }
    return resolvePronoun(pronoun, state);
  }
  // "Harbor Relief, which runs two shelters, said": the subject stands before the relative clause.
  const rel = from - 1;
  if (frame.relative.includes(rel)) return speakerIn(doc, frame.index, clauseStart(doc, frame, rel), rel, lex);
  return null;
}

/**
 * Can POSSESSIVE_SUBJECT match text[from, to)? Only when the first character
 * after white space and commas starts one of its pronouns: i, t or h in
 * either case (no other character folds onto these under /iu).
 */
function opensWithPossessive(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 44 || isJsSpace(text.charCodeAt(i)))) i++;
  const c = i < to ? text.charCodeAt(i) | 32 : 0;
  return c === 105 || c === 116 || c === 104; // i, t, h
}

/** A clause subject made of a possessive pronoun and a noun phrase ("Its latest figures", "Their forecasters"). */
const POSSESSIVE_SUBJECT = /^[\s,]*(its|their|his|her)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*$/iu;

/** Does number `n` stand in the listener phrase right after a verb of telling ("told a crowd of about 2,000 at …")? */
function listenerPhrase(doc: Doc, v: Verb, n: NumberSpan, lex: ClaimsLexicon): boolean {
  if (!lex.addresseeVerbs.has(doc.text.slice(v.start, v.end).toLowerCase())) return false;
  // the listener is a noun phrase counted with "of": "a crowd of about 2,000", "an audience of 300" (not "reporters the shortfall was …")
  return LISTENER_COUNT.test(doc.text.slice(v.end, n.start));
}

const LISTENER_COUNT = /^\s+(?:an?|the|some)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+of\s+(?:(?:about|around|some|nearly|roughly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$/u;

/** `from`, moved past the end of any quotation that closes between it and `to`. */
function afterQuotes(doc: Doc, from: number, to: number): number {
  for (const q of doc.layers.quotes) {
    if (q.start >= to) break;
    if (q.end > from && q.end <= to) from = Math.min(to, q.end + 1);
  }
  return from;
}

/** Can the pronoun stand for the speaker ("they" for observers, "it" for the ministry, "she" for a person)? */
function agrees(pronoun: string, sp: Speaker): boolean {
  const person = sp.kind === 'person';
  if (pronoun === 'he' || pronoun === 'she') return person;
  if (pronoun === 'it') return !person && singular(sp);
  return !person;
}

/** "he/she" → the last person who spoke; "it/they" → the last group. */
function resolvePronoun(pronoun: string | null, state: AttributionState): Speaker | null {
  if (pronoun === 'he' || pronoun === 'she') return state.lastPerson ? { ...state.lastPerson, pronoun: true } : null;
  if (pronoun === 'they') return state.lastGroup ? { ...state.lastGroup, pronoun: true } : null;
  if (pronoun === 'it') return state.lastIt ? { ...state.lastIt, pronoun: true } : null;
  return null;
}

/** The subject opening the clause of `pos` ("Metro Transit cut … and said"): its first actor or capitalised name. */
function clauseSubject(doc: Doc, frame: SentenceFrame, pos: number, lex: ClaimsLexicon): Speaker | null {
  const from = clauseStart(doc, frame, pos);
  const lead = /^\s*(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:&|of|for|and)\s+|\s+)?)+/u.exec(doc.text.slice(from, pos));
  if (!lead) return null;
  return speakerIn(doc, frame.index, from, from + lead[0].trimEnd().length, lex);
}

/** "…, X said": the subject between the last comma (or closing quote) and the verb, or right after it. */
function invertedSubject(doc: Doc, frame: SentenceFrame, n: NumberSpan, v: Verb, state: AttributionState, lex: ClaimsLexicon): Speaker | null {
  const between = doc.text.slice(n.end, v.start);
  let cut = -1;
  for (let i = between.length - 1; i >= 0; i--) {
    // (an apostrophe closes a quotation only after punctuation: not the one in "Ukraine's air force")
    const c = between[i];
    if (c === ',' || c === '”' || c === '"' || ((c === '’' || c === "'") && /[.,!?]/.test(between[i - 1] ?? ''))) {
      cut = i;
      break;
    }
  }
  // "Metro Transit cut 14 routes and said …": the verb shares the clause's subject (the plain /and/i first: the pattern needs the word).
  if (AND.test(between) && /(?:^|[\s,])and\s+(?:(?:also|later|then)\s+)?$/i.test(between) && !/[;]/.test(between)) return clauseSubject(doc, frame, n.start, lex);
  if (cut < 0) return null;
  const from = n.end + cut + 1;
  return subjectAfterCut(doc, frame, n.start, from, v, state, lex);
}

/** The subject of an inverted verb `v` standing between offset `from` (after a comma or closing quote) and the verb. */
function subjectAfterCut(doc: Doc, frame: SentenceFrame, numberStart: number, from: number, v: Verb, state: AttributionState, lex: ClaimsLexicon): Speaker | null {
  const region = doc.text.slice(from, v.start);
  if (NOT_A_SUBJECT.test(region)) return null;
  const n = { start: numberStart };
  if (region.trim() === '') {
    // "…, said the ministry": the subject follows the verb.
    const sentence = doc.sentences[frame.index];
    const ms = mentionsIn(doc, frame.index, v.end, Math.min(sentence.end, v.end + 60));
    if (ms.length > 0 && !/[,.;]/.test(doc.text.slice(v.end, ms[0].start))) return speakerFromMention(doc, ms[0], lex);
    // "…, the mine's operator, Akanta Mining, said": the subject is the apposition closed by the comma before the verb.
    const appositive = appositiveBefore(doc, frame, from - 1, lex);
    if (appositive) return appositive;
    // "Coastline Rail, whose trains carry 60,000 commuters, said": the subject stands before the relative clause.
    const rel = [...frame.relative].reverse().find((b) => b < n.start);
    const reports = lex.statementVerbs.has(doc.text.slice(v.start, v.end).toLowerCase());
    if (reports && rel !== undefined && !boundaryBetween(frame, rel + 1, n.start)) return speakerIn(doc, frame.index, clauseStart(doc, frame, rel), rel, lex);
    return null;
  }
  const sp = speakerIn(doc, frame.index, from, v.start, lex);
  if (sp) return sp;
  // "…, it said": a pronoun alone before the verb.
  if (/^\s*\p{L}+(?:\s+\p{L}+)?\s*$/u.test(region)) return resolvePronoun(pronounBefore(doc.text, from, v.start), state);
  return null;
}

/**
 * The subject standing in the comma-closed stretch that ends at `comma`
 * (", the regulator, Ofwat, said" → Ofwat; ", the state weather service, said" → the service):
 * at most two stretches back, each short, the nearer first.
 */
function appositiveBefore(doc: Doc, frame: SentenceFrame, comma: number, lex: ClaimsLexicon): Speaker | null {
  if (doc.text[comma] !== ',') return null;
  const sentenceStart = doc.sentences[frame.index].start;
  let end = comma;
  for (let step = 0; step < 2; step++) {
    const cut = lastCut(doc.text.slice(sentenceStart, end));
    const from = cut < 0 ? sentenceStart : sentenceStart + cut + 1;
    const stretch = doc.text.slice(from, end);
    if (stretch.trim().split(/\s+/).length > APPOSITIVE_WORDS || NOT_A_SUBJECT.test(stretch) || /\d/.test(stretch)) return null;
    const sp = speakerIn(doc, frame.index, from, end, lex);
    if (sp) return sp;
    if (cut < 0) return null;
    end = from - 1;
  }
  return null;
}

/** How many words a stretch between commas may hold to be an apposition of the subject. */
const APPOSITIVE_WORDS = 6;

/** The subject of the sentence-final reporting verb, which reports everything before it. */
function finalSubject(doc: Doc, frame: SentenceFrame, state: AttributionState, lex: ClaimsLexicon): Speaker | null {
  const v = frame.final;
  if (!v) return null;
  if (frame.finalSpeaker === undefined) {
    const sentence = doc.sentences[frame.index];
    const head = doc.text.slice(sentence.start, v.start);
    const cut = lastCut(head);
    frame.finalSpeaker = subjectAfterCut(doc, frame, sentence.start, sentence.start + cut + 1, v, state, lex);
  }
  return frame.finalSpeaker;
}

/** The quotation that holds span `n`, if any: quotes do not overlap, so the last one starting at or before it. */
function quoteAround(doc: Doc, n: { start: number; end: number }) {
  const quotes = doc.layers.quotes;
  let lo = 0;
  let hi = quotes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= n.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const q = found >= 0 ? quotes[found] : undefined;
  return q && n.end <= q.end ? q : undefined;
}

/** The claimant of number `n` in the sentence described by `frame`. */
export function attribute(doc: Doc, frame: SentenceFrame, n: NumberSpan, state: AttributionState, lex: ClaimsLexicon): Attribution {
  let cited: string | null = null;

  // 1. Inside a quote with a known speaker (a quote may run over several sentences and paragraphs).
  const q = quoteAround(doc, n);
  if (q && q.speaker) {
    const actor = q.actorKey ? doc.actors.get(q.actorKey) : undefined;
    return {
      claimant: { name: actor?.name ?? q.speaker, key: q.actorKey, side: actor?.side ?? null, kind: actor?.kind ?? null, media: false, pronoun: false },
      how: 'quote',
      cited,
    };
  }

  // 2. Speech verbs in the same clause, before or after the number.
  const options: Array<{ sp: Speaker; dist: number; how: string; verb: Verb }> = [];
  // The nearest verb before the number with a subject ("officials said calls to the line rose by 38%").
  for (let i = frame.verbs.length - 1; i >= 0; i--) {
    const v = frame.verbs[i];
    if (v.end > n.start) continue;
    // "she told a crowd of about 2,000": a number in the listener phrase describes the audience, not what was said
    if (listenerPhrase(doc, v, n, lex)) break;
    // "X said on Tuesday that …, but …": a that-clause reports the rest of the sentence, clause breaks and all
    if (boundaryBetween(frame, v.end, n.start, true) && !(!v.claim && thatClauseAfter(doc.text, v.end) && !contextBetween(doc.text, frame, v.end, n.start, lex))) break;
    const sp = subjectOf(doc, frame, v, state, lex);
    if (sp) {
      // "Civic Renewal said its observers had recorded 41 …": a verb of recording inside a report is the reporter's
      const outer = v.claim ? reportingVerbOver(doc, frame, i, state, lex) : null;
      if (outer) options.push({ sp: outer.sp, dist: n.start - outer.verb.end, how: outer.sp.pronoun ? 'pronoun' : 'said', verb: outer.verb });
      else options.push({ sp, dist: n.start - v.end, how: sp.pronoun ? 'pronoun' : 'said', verb: v });
      break;
    }
  }
  for (const v of frame.verbs) {
    if (v.start < n.end || boundaryBetween(frame, n.end, v.start)) continue;
    const counted = pollCounted(doc, frame.index, n.end, v.start, lex);
    if (counted) return { claimant: counted, how: 'poll', cited };
    const sp = invertedSubject(doc, frame, n, v, state, lex);
    if (sp) options.push({ sp, dist: v.start - n.end, how: sp.pronoun ? 'pronoun' : 'said', verb: v });
    break;
  }
  for (const o of options) if (o.sp.media && !cited) cited = o.sp.name;
  const people = options.filter((o) => !o.sp.media).sort((a, b) => a.dist - b.dist);
  let chosen = people[0] ?? null;
  // A sentence-final "…, X said" reports the whole sentence, over a verb of recording or forecasting inside it,
  // and the adjunct after it ("…, the agency said, as food prices fell 1.1%").
  const inAdjunct = frame.final !== null && n.start >= frame.final.end && !chosen && FINAL_ADJUNCT.test(doc.text.slice(frame.final.end, n.start));
  if (frame.final && (n.end <= frame.final.start || inAdjunct) && (!chosen || chosen.verb.claim) && frame.sources.length === 0) {
    const sp = finalSubject(doc, frame, state, lex);
    if (sp && sp.media) cited = cited ?? sp.name;
    else if (sp) chosen = { sp, dist: frame.final.start - n.end, how: sp.pronoun ? 'pronoun' : 'said', verb: frame.final };
  }
  // "X, citing clinic staff, reported …": the claim is the cited one's; an outlet passing it on is the cited source.
  const subjectOfAny = chosen ?? options.find((o) => o.sp.media) ?? null;
  if (subjectOfAny) {
    const from = clauseStart(doc, frame, subjectOfAny.verb.start);
    const src = frame.sources.find((x) => x.cue === 'citing' && x.speaker && !x.speaker.media && x.start >= from && x.end <= subjectOfAny.verb.start);
    if (src) return { claimant: src.speaker, how: 'citing', cited: outletName(subjectOfAny.sp, lex) ?? cited };
  }
  // "Mozambique recorded 4,000 cases, according to the health ministry": a named source outranks a verb of recording.
  if (chosen && chosen.verb.claim) {
    const src = frame.sources.find((x) => x.cue !== 'citing' && x.speaker && !x.speaker.media && !x.same);
    if (src) return { claimant: src.speaker, how: 'according_to', cited };
  }
  if (chosen) return { claimant: chosen.sp, how: chosen.how, cited };

  // 3. "according to X", "citing X".
  for (const src of frame.sources) {
    if (src.same && state.previous && !src.speaker?.key) return { claimant: state.previous, how: 'carried_over', cited };
    if (!src.speaker) continue;
    if (src.speaker.media) {
      cited = cited ?? src.speaker.name;
      continue;
    }
    return { claimant: src.speaker, how: 'according_to', cited };
  }

  // 4. "the ministry's figures".
  if (frame.statement === undefined) frame.statement = statementSpeaker(doc, frame.index, lex);
  if (frame.statement) {
    if (frame.statement.media) cited = cited ?? frame.statement.name;
    else return { claimant: frame.statement, how: 'statement', cited };
  }

  // 5. "The central bank cut its forecast for growth to 2.2%": the clause subject owns the forecast.
  const owned = mayOwnReport(doc, frame, lex) ? lex.ownedReport.exec(doc.text.slice(doc.sentences[frame.index].start, n.start)) : null;
  if (owned) {
    const at = doc.sentences[frame.index].start + owned.index;
    const from = clauseStart(doc, frame, at);
    // "By its count, …", "In their estimate, …": the owner is the body the possessive stands for
    if (/^\s*(?:by|in|on|under)\s*$/i.test(doc.text.slice(from, at))) {
      const word = owned[0].split(/\s+/)[0].toLowerCase();
      const byPronoun = resolvePronoun(word === 'its' ? 'it' : word === 'their' ? 'they' : word === 'his' ? 'he' : 'she', state);
      if (byPronoun && !byPronoun.media) return { claimant: byPronoun, how: 'pronoun', cited };
    }
    const sp = speakerIn(doc, frame.index, from, at, lex);
    if (sp && !sp.media && !sp.pronoun) return { claimant: sp, how: 'own_forecast', cited };
    // "He lowered his price target to 95": the pronoun's speaker
    const pronoun = sp ? null : /^\s*(he|she|they|it)\s+(?:[\p{L}-]+\s+){1,2}$/iu.exec(doc.text.slice(from, at));
    const resolved = pronoun ? resolvePronoun(lowerCase(pronoun[1]), state) : null;
    if (resolved && !resolved.media) return { claimant: resolved, how: 'pronoun', cited };
  }

  // 6. A sentence that continues the previous one's claim.
  if (frame.verbs.length === 0 && frame.sources.length === 0 && state.previous) {
    const sentence = doc.sentences[frame.index];
    const opening = doc.text.slice(sentence.start, sentence.end).replace(/^[“"‘'(\s]+/, '');
    if (lex.carryOver.test(opening)) return { claimant: state.previous, how: 'carried_over', cited };
    if (state.previousParagraph === sentence.paragraph && agentless(frame, doc, lex)) return { claimant: state.previous, how: 'carried_over', cited };
    // "The carmaker said it delivered 403,100 vehicles. Revenue fell 5.1% to €22.8 billion.": a body's data release going on
    if (state.previousParagraph === sentence.paragraph && dataContinuation(doc, frame, n, state.previous, lex)) return { claimant: state.previous, how: 'carried_over', cited };
  }
  // 7. "X said that the offer was final. The first phase alone would cost 41.5 billion": reported speech going on in the conditional.
  if (frame.verbs.length === 0 && frame.sources.length === 0 && state.reporter && state.reporter.sentence === frame.index - 1) {
    const sentence = doc.sentences[frame.index];
    if (doc.sentences[frame.index - 1].paragraph === sentence.paragraph && REPORTED_MODAL.test(doc.text.slice(sentence.start, n.start))) {
      return { claimant: state.reporter.speaker, how: 'carried_over', cited };
    }
  }
  return { claimant: null, how: null, cited };
}

/** The speech verb (not one of recording) whose report holds verb `k` of the frame, with its subject: "X said (that) Y recorded …". */
function reportingVerbOver(doc: Doc, frame: SentenceFrame, k: number, state: AttributionState, lex: ClaimsLexicon): { sp: Speaker; verb: Verb } | null {
  const inner = frame.verbs[k];
  for (let j = k - 1; j >= 0; j--) {
    const u = frame.verbs[j];
    // "Its figures show that Malta recorded 612 …": data that show report like a speaker
    if ((u.claim && !u.reports) || u.participle) continue;
    if (boundaryBetween(frame, u.end, inner.start, true)) return null;
    // "it claimed 100,000 and the delegation counted 15,000": a coordinated clause has its own subject
    if (/\b(?:and|but|while|whereas)\s/i.test(doc.text.slice(u.end, inner.start))) return null;
    const sp = subjectOf(doc, frame, u, state, lex);
    return sp && !sp.media ? { sp, verb: u } : null;
  }
  return null;
}

/** Does the sentence hold the words `lex.ownedReport` needs ("its", "forecast")? Computed once per sentence, when asked. */
function mayOwnReport(doc: Doc, frame: SentenceFrame, lex: ClaimsLexicon): boolean {
  if (frame.ownedReportWords === undefined) {
    const folded = foldedSentence(doc, frame.index);
    const [owners, reports] = lex.ownedReportWords;
    frame.ownedReportWords = holdsAny(folded, owners) && holdsAny(folded, reports);
  }
  return frame.ownedReportWords;
}

/**
 * Does the sentence go on with the figures a body reported just before it? Its
 * measure moves or stands ("Sales abroad fell 21% to 118,600"), nobody is
 * named before the number, and the previous claimant is a body (people do not
 * publish data releases).
 */
function dataContinuation(doc: Doc, frame: SentenceFrame, n: NumberSpan, previous: Speaker, lex: ClaimsLexicon): boolean {
  if (previous.media || previous.pronoun || previous.kind === 'person' || previous.kind === null) return false;
  const sentence = doc.sentences[frame.index];
  if (mentionsIn(doc, frame.index, sentence.start, n.start).some((m) => !isPlace(doc, m, lex) && doc.actors.get(m.actorKey)?.kind !== 'country')) return false;
  const { lower } = sentenceWords(doc, frame.index);
  return lower.some((w) => lex.figureChangeVerbs.has(w)) && !lower.some((w) => lex.marketNouns.has(w));
}

/** Does the sentence report a figure with an agentless passive ("… is projected to …")? Computed once, when asked. */
function agentless(frame: SentenceFrame, doc: Doc, lex: ClaimsLexicon): boolean {
  if (frame.agentless === null) frame.agentless = lex.agentlessReport.test(doc.sentences[frame.index].text);
  return frame.agentless;
}

/** The outlet's name when a speaker is a news outlet ("Broadcaster Radio Sol" → "Radio Sol"), else null. */
function outletName(sp: Speaker, lex: ClaimsLexicon): string | null {
  if (sp.media) return sp.name;
  const m = lex.mediaDescriptorStart.exec(sp.name);
  return m ? m[1] : null;
}

/** Can "it" stand for the speaker? An actor, or a description in the singular ("the ministry", not "analysts" nor "police"). */
function singular(sp: Speaker): boolean {
  if (sp.key) return true;
  const last = sp.name.split(/\s+/).pop()!.toLowerCase();
  return !/(?:[^su]s|^police|^people|^staff|^media)$/.test(last);
}

/** A conditional verb before the figure, the mark of reported speech going on ("would cost", "could reach"). */
const REPORTED_MODAL = /\b(?:would|could)\s+(?:(?:also|still|only|then|now|not|rise|fall|grow)\s+)?[\p{Ll}-]+\b/iu;


/** What may stand before a sentence's subject: nothing, or "The". */
const OPENING_SUBJECT = /^[\s“"‘'(]*(?:the\s+)?$/i;

/** Update the running state with the speakers a sentence introduced. */
export function rememberSpeakers(doc: Doc, frame: SentenceFrame, claimants: Array<Speaker | null>, state: AttributionState, lex: ClaimsLexicon): void {
  // The last person (and group) a speech verb attributes words to, for a following "He said" / "They said".
  let person = false;
  let group = false;
  let it = false;
  for (let i = frame.verbs.length - 1; i >= 0 && !(person && group && it); i--) {
    const sp = subjectOf(doc, frame, frame.verbs[i], state, lex);
    if (!sp || sp.media) continue;
    if (sp.kind === 'person' || (sp.kind === null && /\s/.test(sp.name))) {
      if (!person) state.lastPerson = sp;
      person = true;
    } else {
      if (!group) state.lastGroup = sp;
      group = true;
      if (!it && singular(sp)) state.lastIt = sp;
      it = it || singular(sp);
    }
  }
  // Otherwise a person named as the sentence's first actor, and a body that opens the sentence as its subject
  // ("The Teachers Service Commission, which employs them, disputed the figures. In a statement, it said …").
  if (frame.verbs.length === 0) {
    const sentence = doc.sentences[frame.index];
    const ms = mentionsIn(doc, frame.index, sentence.start, sentence.end);
    for (const m of ms) {
      if (doc.actors.get(m.actorKey)?.kind !== 'person') continue; // the speaker's kind is the actor's
      state.lastPerson = speakerFromMention(doc, m, lex);
      break;
    }
    const first = ms[0];
    if (first && OPENING_SUBJECT.test(doc.text.slice(sentence.start, first.start)) && !/^['’]/.test(doc.text.slice(first.end, first.end + 1))) {
      const sp = speakerFromMention(doc, first, lex);
      if ((sp.kind === 'organisation' || sp.kind === 'group') && !sp.media) {
        state.lastGroup = sp;
        state.lastIt = sp;
      }
    }
  }
  // The speaker of the sentence's last statement ("X said that the offer was final.", "…, X said.")
  state.reporter = null;
  const last = frame.verbs[frame.verbs.length - 1];
  if (last && !last.claim && !last.participle) {
    const sp = subjectOf(doc, frame, last, state, lex);
    if (sp && !sp.media) state.reporter = { speaker: sp, sentence: frame.index };
  }
  const found = claimants.filter((c): c is Speaker => c !== null);
  state.previous = found.length > 0 ? found[found.length - 1] : null;
  state.previousParagraph = doc.sentences[frame.index].paragraph;
}
