/**
 * Speaker attribution for one quotation, from the words outside quotations in
 * the sentences it touches:
 *   verb_after       “…,” Rubio said / “…,” said the US president / “…,” he said
 *   verb_before      Zelensky accused the Kremlin of stalling to “buy time”
 *   subject          Putin visited Kursk and expressed hopes that “…” (the clause subject)
 *   embedded         Rubio said that Putin and Lavrov indicated … “…” (the outer speaker)
 *   according_to     “…”, according to officials
 *   colon            Putin: “…”
 *   previous_sentence  a quotation with no cue continues the last speaker's words
 * A mention whose own `how` is `pronoun` or `title` passes that on (`pronoun`).
 */
import type { Mention } from '../../doc/doc.ts';
import type { Lexicon } from '../actors/lexicon.ts';
import { parseApposition } from '../actors/apposition.ts';
import { relativeClauseEnd, speechVerbAfter } from '../actors/scan.ts';
import type { Word } from '../actors/words.ts';

/** A mention placed on the words of its sentence. */
export interface PlacedMention {
  mention: Mention;
  w0: number;
  w1: number;
  /** After a preposition (skipping determiners): not a clause subject. */
  oblique: boolean;
}

export interface SentenceView {
  words: Word[];
  /** Words inside a quotation. */
  quoted: boolean[];
  mentions: PlacedMention[];
}

export interface Attribution {
  mention: Mention;
  how: string;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const CLAUSE_LINKS = new Set(['that', 'whether', 'if', 'how', 'when', 'why', 'what']);
const AFTER_GAP = 8;


/** The mention that is the subject of the speech verb at word `v` (right before it, or right after it). */
function subjectOf(view: SentenceView, v: number, lex: Lexicon): PlacedMention | null {
  const { words, mentions } = view;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.w1 > v) continue;
    if (view.quoted[m.w0]) continue;
    // an oblique phrase is no subject, except in "with his aide saying …"
    if (m.oblique && !(m.w1 === v && words[v].fold.endsWith('ing'))) continue;
    let e = m.w1;
    const app = parseApposition(words, e, lex);
    if (app) e = app.end;
    if (speechVerbAfter(words, e, lex) === v) return m;
    // "The United States, which brokered the deal, said …"
    const rel = relativeClauseEnd(words, m.w1);
    if (rel > 0 && speechVerbAfter(words, rel, lex) === v) return m;
  }
  // inversion: “…,” said the US president — not after "told": "told Reuters" names the listener
  if (words[v].fold.endsWith('ing') || lex.addresseeVerbs.has(words[v].fold)) return null;
  // … and only after a quotation or a comma: in "It said Ukraine had lost …" the subject is "It". An unnamed
  // office is the exception: "a company spokeswoman said Helion did not …" speaks for the body named next.
  const prev = words[v - 1];
  if (prev && !view.quoted[v - 1] && prev.sep === '' && !lex.roles.has(prev.fold)) return null;
  const m = mentions.find((x) => x.w0 > v && !view.quoted[x.w0]);
  if (!m) return null;
  // only a determiner and the speaker's title may come between: "said student leader Javier Rojas",
  // the title maybe led by its body's name: "said Brenrail president Park Ji-hoon"
  const titled = m.w0 - 1 > v && lex.roles.has(words[m.w0 - 1].fold);
  for (let k = v + 1; k < m.w0; k++) if (!DETERMINERS.has(words[k].fold) && !isTitleWord(words, k, lex) && !(titled && (words[k].cap || words[k].upper) && words[k].sep === '')) return null;
  return namedHolder(view, m, lex) ?? m;
}

/** The clause subject: the first mention not after a preposition (a possessor yields to its head: "Putin aide"). */
function clauseSubject(view: SentenceView, before: number, lex: Lexicon): PlacedMention | null {
  const ms = view.mentions.filter((m) => m.w1 <= before && !m.oblique && !view.quoted[m.w0]);
  if (ms.length === 0) return null;
  let s = ms[0];
  const next = ms[1];
  if (next && next.w0 === s.w1 && view.words[s.w1 - 1].sep === '') s = next;
  // "The UN coordinator for Tarvel, Ingrid Vossberg, condemned …": an office, then its holder set off by commas
  else if (next && s.w1 < next.w0 && view.words[next.w0 - 1].sep === ',' && officeBetween(view, s.w1, next.w0 - 1, lex)) s = next;
  return s;
}

/** Do words [a, b] form an office phrase ("resident and humanitarian coordinator for Sudan"): a role word, no clause break, no verb? */
function officeBetween(view: SentenceView, a: number, b: number, lex: Lexicon): boolean {
  if (b - a > 8) return false;
  let role = false;
  for (let k = a; k <= b; k++) {
    const w = view.words[k];
    if (k < b && w.sep !== '') return false;
    if (lex.roles.has(w.fold)) role = true;
  }
  return role;
}

/** Speech verbs outside quotations in a sentence, as word indexes. */
function speechVerbs(view: SentenceView, lex: Lexicon): number[] {
  const out: number[] = [];
  view.words.forEach((w, k) => {
    if (!view.quoted[k] && lex.speechVerbs.has(w.fold)) out.push(k);
  });
  return out;
}

/**
 * Attribute a quotation whose first word is `qa` in sentence view `first` and
 * whose last word is `qb` in `last` (the same view for a one-sentence quote).
 */
export function attribute(first: SentenceView, qa: number, last: SentenceView, qb: number, lex: Lexicon): Attribution | null {
  // verb after the closing mark, within a few words and before any other quotation
  const after = speechVerbs(last, lex).filter((v) => v > qb && v - qb <= AFTER_GAP);
  for (const v of after) {
    if (last.quoted.slice(qb + 1, v).some(Boolean)) break;
    const subj = subjectOf(last, v, lex);
    if (!subj || subj.w0 <= qb) continue;
    // only the speaker and its title may stand between the quotation and the verb
    const from = Math.min(v, subj.w0);
    let k = qb + 1;
    while (k < from && (DETERMINERS.has(last.words[k].fold) || isTitleWord(last.words, k, lex))) k++;
    if (k === from) return pass(subj, 'verb_after');
  }
  // colon introduction: "Putin: “…”"
  const beforeQuote = first.mentions.filter((m) => m.w1 <= qa && !first.quoted[m.w0]);
  const lastBefore = beforeQuote[beforeQuote.length - 1];
  if (lastBefore && lastBefore.w1 === qa && /:$/.test(first.words[qa - 1].sep.replace(/["\u201c\u00ab'\u2018\s]+$/, ''))) return pass(lastBefore, 'colon');
  // verb before the opening mark; "X said the stadium had admitted “…”": the nearest verb with a speaker
  const before = speechVerbs(first, lex).filter((v) => v < qa);
  for (let i = before.length - 1; i >= 0; i--) {
    const subj = subjectOf(first, before[i], lex);
    if (!subj) continue;
    // "X said that Y indicated …": Y's verb is embedded under an earlier speech verb
    const outer = embeddingVerb(first, subj, before.slice(0, i + 1), lex);
    if (outer) return pass(outer, 'embedded');
    return pass(subj, 'verb_before');
  }
  if (before.length > 0) {
    const s = clauseSubject(first, before[before.length - 1], lex);
    if (s) return pass(s, 'subject');
  }
  // "according to X" anywhere outside the quotation: the first mention within a few words after it
  for (const view of first === last ? [first] : [first, last]) {
    for (let k = 1; k < view.words.length; k++) {
      if (view.quoted[k] || view.words[k].fold !== 'to' || view.words[k - 1].fold !== 'according') continue;
      const m = view.mentions.find((x) => x.w0 > k && x.w0 <= k + 4 && !view.quoted[x.w0]);
      if (m) return pass(m, 'according_to');
    }
  }
  // verb after, farther away or with the speaker before the quotation ("Putin … “…” , he said later")
  for (const v of speechVerbs(last, lex).filter((x) => x > qb)) {
    const subj = subjectOf(last, v, lex);
    if (subj) return pass(subj, 'verb_after');
  }
  return null;
}

/**
 * The capitalised words right before the last speech verb ahead of word `qa`
 * ("Northwind said it “…”"), as [w0, w1) word indexes, for a name no mention
 * covers; null when there is none.
 */
export function nameBeforeVerb(view: SentenceView, qa: number, lex: Lexicon): [number, number] | null {
  const before = speechVerbs(view, lex).filter((v) => v < qa);
  if (before.length === 0) return null;
  let k = before[before.length - 1] - 1;
  while (k >= 0 && /^(?:also|later|again|then|previously|has|had|have)$/.test(view.words[k].fold)) k--;
  const w1 = k + 1;
  while (k >= 0 && view.words[k].cap && !view.quoted[k]) k--;
  return w1 > k + 1 ? [k + 1, w1] : null;
}

/** The subject of an outer speech verb when `subj` starts a "that"-clause of it. */
function embeddingVerb(view: SentenceView, subj: PlacedMention, verbs: number[], lex: Lexicon): PlacedMention | null {
  // walk back over a coordinated subject ("Putin and Lavrov")
  let start = subj.w0;
  for (let i = view.mentions.indexOf(subj) - 1; i >= 0; i--) {
    const m = view.mentions[i];
    const between = view.words.slice(m.w1, start).filter((_, j) => !isTitleWord(view.words, m.w1 + j, lex));
    if (between.length === 1 && (between[0].fold === 'and' || between[0].fold === 'or')) start = m.w0;
    else if (between.length === 0 && view.words[m.w1 - 1].sep === ',') start = m.w0;
    else break;
  }
  // step back over the title words before the name
  let k = start - 1;
  while (k >= 0 && isTitleWord(view.words, k, lex)) k--;
  const link = view.words[k];
  if (!link) return null;
  let v = -1;
  if (lex.speechVerbs.has(link.fold)) v = k;
  else if (CLAUSE_LINKS.has(link.fold)) v = verbs.filter((x) => x < k && k - x <= 4).pop() ?? -1;
  if (v < 0 || !verbs.includes(v)) return null;
  return subjectOf(view, v, lex);
}

/**
 * "said the group's coordinator, Professor Marta Quintela": a possessor
 * followed by an office and the holder's name; the holder speaks. Null when
 * no name follows the office.
 */
function namedHolder(view: SentenceView, m: PlacedMention, lex: Lexicon): PlacedMention | null {
  const { words } = view;
  // "said the group's coordinator, …", "said Acme president Jane Doe" (a body's name, then a role word)
  if (!words[m.w1 - 1]?.poss && !(words[m.w1 - 1]?.sep === '' && words[m.w1] && lex.roles.has(words[m.w1].fold))) return null;
  const next = view.mentions.find((x) => x.w0 >= m.w1 && !view.quoted[x.w0]);
  if (!next || next.w0 === m.w1 || next.w0 - m.w1 > 5) return null;
  for (let k = m.w1; k < next.w0; k++) if (!isTitleWord(words, k, lex) && !DETERMINERS.has(words[k].fold)) return null;
  return words[next.w0 - 1].sep.includes(',') || isTitleWord(words, next.w0 - 1, lex) ? next : null;
}

function isTitleWord(words: Word[], k: number, lex: Lexicon): boolean {
  const f = words[k].fold;
  if (f === 'and' || f === 'or' || CLAUSE_LINKS.has(f)) return false;
  return lex.roles.has(f) || lex.ranks.has(f) || lex.modifiers.has(f) || lex.adjectives.match(words, k).length > 0;
}

function pass(m: PlacedMention, how: string): Attribution {
  const own = m.mention.how;
  return { mention: m.mention, how: own === 'pronoun' ? 'pronoun' : how };
}
