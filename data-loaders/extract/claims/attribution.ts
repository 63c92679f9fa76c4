/**
 * Claimant attribution: who asserts a number. For each sentence we find its
 * speech verbs (speech-verbs.yaml, minus noun and passive uses), its clause
 * boundaries (";", a spaced dash, a comma before "while", "after", "where", …)
 * and its source phrases ("according to X", "citing X"). A number's claimant
 * is then, in order:
 *
 *   1. the speaker of the quote it stands in;
 *   2. the subject of the nearest speech verb in the same clause — before the
 *      number ("X said (that) …") or after it ("…, X said"); a participle
 *      (", saying …") keeps the subject of the verb before it; a pronoun
 *      ("He said") is resolved by the actors stage or to the last person who spoke;
 *   3. the actor after "according to" / "citing";
 *   4. the possessor of a statement noun ("the ministry's figures");
 *   5. the previous sentence's claimant when the sentence continues it
 *      ("Another 15 were …");
 *   6. nobody: the outlet states it in its own voice.
 *
 * News agencies found in these positions are cited sources, not claimants.
 */
import type { Doc, NumberSpan, Token } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { bySentence } from './by-sentence.ts';
import { capitalisedSource, groupPhraseWords, mentionsIn, pronounBefore, speakerFromMention, speakerIn, type Speaker } from './speakers.ts';

interface Verb {
  start: number;
  end: number;
  /** ", saying …": takes the subject of the clause it hangs on. */
  participle: boolean;
  /** The verb's subject once computed (undefined: not yet). */
  subject?: Speaker | null;
}

interface SourcePhrase {
  start: number;
  end: number;
  speaker: Speaker | null;
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
  statement: Speaker | null;
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
  /** Claimant of the previous sentence's claims, for carry-over. */
  previous: Speaker | null;
}

const DASHES = new Set(['–', '—', '-']);
const CLOSE_QUOTES = /[”"’']/;

export function analyseSentence(doc: Doc, s: number, lex: ClaimsLexicon): SentenceFrame {
  const tokens = doc.sentenceTokens(s);
  const sentence = doc.sentences[s];
  const boundaries: number[] = [];
  const hard: number[] = [];
  const relative: number[] = [];
  const verbs: Verb[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const low = t.text.toLowerCase();
    if (t.text === ';') boundaries.push(t.start);
    else if (DASHES.has(t.text) && /\s/.test(doc.text[t.start - 1] ?? '') && /\s/.test(doc.text[t.end] ?? '')) boundaries.push(t.start);
    else if (t.text === ',' && i + 1 < tokens.length && opensClause(tokens, i + 1, lex)) {
      boundaries.push(t.start);
      const kind = openerKind(tokens, i + 1, lex);
      if (kind === 'relative') relative.push(t.start);
      if (kind === 'continuation') continue;
    } else continue;
    hard.push(boundaries[boundaries.length - 1]);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const low = t.text.toLowerCase();
    if (t.kind !== 'word' || !lex.speechVerbs.has(low) || nounOrPassive(tokens, i, lex)) continue;
    if (lex.atVerbs.has(low)) {
      // "put the toll at 860": only with an "at" object.
      lex.atObject.lastIndex = t.end;
      if (!lex.atObject.test(doc.text)) continue;
    }
    verbs.push({ start: t.start, end: t.end, participle: low.endsWith('ing') && i > 0 && tokens[i - 1].text === ',' });
  }
  return { index: s, verbs, boundaries, hard, relative, sources: sourcePhrases(doc, s, sentence.start, sentence.end, lex, boundaries), statement: statementSpeaker(doc, s, lex) };
}

/** The kind of clause a comma opens at token `i`: a continuation of a figure, a relative clause, or another clause. */
function openerKind(tokens: Token[], i: number, lex: ClaimsLexicon): 'continuation' | 'relative' | 'other' {
  const one = tokens[i].text.toLowerCase();
  const two = i + 1 < tokens.length ? `${one} ${tokens[i + 1].text.toLowerCase()}` : '';
  if (lex.continuationOpeners.has(one) || lex.continuationOpeners.has(two)) return 'continuation';
  if (lex.relativeOpeners.has(one)) return 'relative';
  return 'other';
}

/** Does a new clause start at token `i` ("while", "after", "down from")? */
function opensClause(tokens: Token[], i: number, lex: ClaimsLexicon): boolean {
  const one = tokens[i].text.toLowerCase();
  if (lex.clauseOpeners.has(one)) return true;
  return i + 1 < tokens.length && lex.clauseOpeners.has(`${one} ${tokens[i + 1].text.toLowerCase()}`);
}

/** "a two-hour call", "his claims", "were reported": not an act of speech by a subject. */
function nounOrPassive(tokens: Token[], i: number, lex: ClaimsLexicon): boolean {
  // "figures reported by shops": a participle with its agent, not a verb with a subject.
  if (i + 1 < tokens.length && tokens[i + 1].text.toLowerCase() === 'by' && !tokens[i].text.toLowerCase().endsWith('ing')) return true;
  if (i === 0) return false;
  const prevText = tokens[i - 1].text;
  const prev = prevText.toLowerCase();
  if (lex.nounMarkers.has(prev)) return true;
  // "is seeking" is progressive, "were reported" passive.
  if (lex.passiveAux.has(prev)) return !tokens[i].text.toLowerCase().endsWith('ing');
  // "a two-hour call", but not "Tremblay-Roy told".
  if ((prev.includes('-') && !/^\p{Lu}/u.test(prevText)) || /['’]s$/.test(prev)) return true;
  if (i >= 2 && /^['’]$/.test(prev) && tokens[i - 2].text.toLowerCase() === 's') return true;
  return false;
}

/** "according to X", "citing X": the speaker named up to the next comma or clause boundary. */
function sourcePhrases(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon, boundaries: number[]): SourcePhrase[] {
  const out: SourcePhrase[] = [];
  const re = lex.sourcePhrase;
  re.lastIndex = 0;
  const text = doc.text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = start + m.index;
    const from = at + m[0].length;
    let to = end;
    const comma = doc.text.indexOf(',', from);
    if (comma >= 0 && comma < to) to = comma;
    for (const b of boundaries) if (b > from && b < to) to = b;
    const ms = mentionsIn(doc, s, from, to);
    const named = ms.filter((m) => doc.actors.get(m.actorKey)?.kind !== 'place');
    let speaker: Speaker | null = named.length > 0 ? speakerFromMention(doc, named[0], lex) : null;
    if (!speaker) speaker = agencyIn(doc.text.slice(from, to), lex);
    if (!speaker) speaker = groupPhraseWords(doc, s, doc.text.slice(from, to), lex, true);
    if (!speaker) speaker = capitalisedSource(doc, doc.text.slice(from, to), lex);
    out.push({ start: at, end: to, speaker });
  }
  return out;
}

function agencyIn(text: string, lex: ClaimsLexicon): Speaker | null {
  lex.agencyRe.lastIndex = 0;
  const m = lex.agencyRe.exec(text);
  if (!m || m.index > 12) return null;
  return { name: lex.agencies.get(m[0]) ?? m[0], key: null, side: null, kind: 'media', media: true, pronoun: false };
}

/** "the ministry's figures", "Kyiv's estimate": the possessor of a statement noun. */
function statementSpeaker(doc: Doc, s: number, lex: ClaimsLexicon): Speaker | null {
  const sentence = doc.sentences[s];
  for (const m of mentionsIn(doc, s, sentence.start, sentence.end)) {
    const after = doc.text.slice(m.end, Math.min(sentence.end, m.end + 40));
    const hit = /^['’]s?\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)/u.exec(after);
    if (hit && lex.statementNouns.has(hit[2].toLowerCase())) return speakerFromMention(doc, m, lex);
  }
  return null;
}

/** A boundary in [a, b) that ends a speaker's reach (relative clauses too, unless `relativeOk`). */
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
  const from = clauseStart(doc, frame, v.start);
  const sp = speakerIn(doc, frame.index, from, v.start, lex);
  if (sp) return sp;
  const pronoun = pronounBefore(doc.text, from, v.start);
  if (pronoun === 'he' || pronoun === 'she') return state.lastPerson ? { ...state.lastPerson, pronoun: true } : null;
  if (pronoun === 'they' || pronoun === 'it') return state.lastGroup ? { ...state.lastGroup, pronoun: true } : null;
  // "Harbor Relief, which runs two shelters, said": the subject stands before the relative clause.
  const rel = from - 1;
  if (frame.relative.includes(rel)) return speakerIn(doc, frame.index, clauseStart(doc, frame, rel), rel, lex);
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
function invertedSubject(doc: Doc, frame: SentenceFrame, n: NumberSpan, v: Verb, lex: ClaimsLexicon): Speaker | null {
  const between = doc.text.slice(n.end, v.start);
  let cut = -1;
  for (let i = between.length - 1; i >= 0; i--) {
    if (between[i] === ',' || CLOSE_QUOTES.test(between[i])) {
      cut = i;
      break;
    }
  }
  // "Metro Transit cut 14 routes and said …": the verb shares the clause's subject.
  if (/(?:^|[\s,])and\s+(?:(?:also|later|then)\s+)?$/i.test(between) && !/[;]/.test(between)) return clauseSubject(doc, frame, n.start, lex);
  if (cut < 0) return null;
  const from = n.end + cut + 1;
  const region = doc.text.slice(from, v.start);
  if (/^\s*(?:and|but|or|while|whereas|as|so|then)\b/i.test(region)) return null;
  if (region.trim() === '') {
    // "…, said the ministry": the subject follows the verb.
    const sentence = doc.sentences[frame.index];
    const ms = mentionsIn(doc, frame.index, v.end, Math.min(sentence.end, v.end + 60));
    if (ms.length > 0 && !/[,.;]/.test(doc.text.slice(v.end, ms[0].start))) return speakerFromMention(doc, ms[0], lex);
    // "Coastline Rail, whose trains carry 60,000 commuters, said": the subject stands before the relative clause.
    const rel = [...frame.relative].reverse().find((b) => b < n.start);
    const reports = lex.statementVerbs.has(doc.text.slice(v.start, v.end).toLowerCase());
    if (reports && rel !== undefined && !boundaryBetween(frame, rel + 1, n.start)) return speakerIn(doc, frame.index, clauseStart(doc, frame, rel), rel, lex);
    return null;
  }
  return speakerIn(doc, frame.index, from, v.start, lex);
}

/** The claimant of number `n` in the sentence described by `frame`. */
export function attribute(doc: Doc, frame: SentenceFrame, n: NumberSpan, state: AttributionState, lex: ClaimsLexicon): Attribution {
  let cited: string | null = null;

  // 1. Inside a quote with a known speaker.
  for (const q of bySentence(doc, doc.layers.quotes)[n.sentence] ?? []) {
    if (q.start <= n.start && n.end <= q.end && q.speaker) {
      const actor = q.actorKey ? doc.actors.get(q.actorKey) : undefined;
      return {
        claimant: { name: actor?.name ?? q.speaker, key: q.actorKey, side: actor?.side ?? null, kind: actor?.kind ?? null, media: false, pronoun: false },
        how: 'quote',
        cited,
      };
    }
  }

  // 2. Speech verbs in the same clause, before or after the number.
  const options: Array<{ sp: Speaker; dist: number; how: string }> = [];
  let before: Verb | null = null;
  for (const v of frame.verbs) if (v.end <= n.start && !boundaryBetween(frame, v.end, n.start, true)) before = v;
  if (before) {
    const sp = subjectOf(doc, frame, before, state, lex);
    if (sp) options.push({ sp, dist: n.start - before.end, how: sp.pronoun ? 'pronoun' : 'said' });
  }
  for (const v of frame.verbs) {
    if (v.start < n.end || boundaryBetween(frame, n.end, v.start)) continue;
    const sp = invertedSubject(doc, frame, n, v, lex);
    if (sp) options.push({ sp, dist: v.start - n.end, how: 'said' });
    break;
  }
  for (const o of options) if (o.sp.media && !cited) cited = o.sp.name;
  const people = options.filter((o) => !o.sp.media).sort((a, b) => a.dist - b.dist);
  if (people.length > 0) return { claimant: people[0].sp, how: people[0].how, cited };

  // 3. "according to X", "citing X".
  for (const src of frame.sources) {
    if (!src.speaker) continue;
    if (src.speaker.media) {
      cited = cited ?? src.speaker.name;
      continue;
    }
    return { claimant: src.speaker, how: 'according_to', cited };
  }

  // 4. "the ministry's figures".
  if (frame.statement) {
    if (frame.statement.media) cited = cited ?? frame.statement.name;
    else return { claimant: frame.statement, how: 'statement', cited };
  }

  // 5. A sentence that continues the previous one's claim.
  if (frame.verbs.length === 0 && frame.sources.length === 0 && state.previous) {
    const sentence = doc.sentences[frame.index];
    const opening = doc.text.slice(sentence.start, sentence.end).replace(/^[“"‘'(\s]+/, '');
    if (lex.carryOver.test(opening)) return { claimant: state.previous, how: 'carried_over', cited };
  }
  return { claimant: null, how: null, cited };
}

/** Update the running state with the speakers a sentence introduced. */
export function rememberSpeakers(doc: Doc, frame: SentenceFrame, claimants: Array<Speaker | null>, state: AttributionState, lex: ClaimsLexicon): void {
  // The last person (and group) a speech verb attributes words to, for a following "He said" / "They said".
  let person = false;
  let group = false;
  for (let i = frame.verbs.length - 1; i >= 0 && !(person && group); i--) {
    const sp = subjectOf(doc, frame, frame.verbs[i], state, lex);
    if (!sp || sp.media) continue;
    if (sp.kind === 'person' || (sp.kind === null && /\s/.test(sp.name))) {
      if (!person) state.lastPerson = sp;
      person = true;
    } else {
      if (!group) state.lastGroup = sp;
      group = true;
    }
  }
  // Otherwise a person named as the sentence's first actor.
  if (frame.verbs.length === 0) {
    const sentence = doc.sentences[frame.index];
    for (const m of mentionsIn(doc, frame.index, sentence.start, sentence.end)) {
      const sp = speakerFromMention(doc, m, lex);
      if (sp.kind === 'person') {
        state.lastPerson = sp;
        break;
      }
    }
  }
  const found = claimants.filter((c): c is Speaker => c !== null);
  state.previous = found.length > 0 ? found[found.length - 1] : null;
}
