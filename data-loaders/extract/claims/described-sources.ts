/**
 * Sources described rather than named, for the claims stage: unnamed
 * sources kept as written ("a person familiar with the talks", "a doctor at
 * <the hospital's name>"), documents and figures standing for the body
 * behind them ("the budget" → the government, "figures published by X"),
 * a poll's owner ("economists polled by Reuters") and groups qualified by a
 * place or body ("emergency services in Lyon", "officials at the Port
 * Authority"). Used by speakers.ts (subjects of verbs) and attribution.ts
 * (after "according to"). End-anchored patterns only see a region's tail.
 */
import type { Doc } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { bySentence } from './by-sentence.ts';
import { lowerCase } from './sentence-words.ts';
import { capitalisedSource, DETERMINERS, groupPhraseWords, isPlace, LOOKBACK, mentionsIn, nameWordsOf, speakerFromMention, type Speaker } from './speakers.ts';

/**
 * "economists polled by Reuters": people a poll asked. What they expect is
 * theirs, kept as written ("economists polled by Reuters had expected 2.3%");
 * a count of them is the poll's, whose owner is a claimant even when it is a
 * news outlet ("nineteen of the 24 economists polled by Reuters").
 */
export function pollOwner(doc: Doc, s: number, start: number, region: string, lex: ClaimsLexicon, counting = false): Speaker | null {
  const m = lex.pollBy.exec(region);
  if (!m) return null;
  const from = start + m.index + m[0].length;
  const ms = mentionsIn(doc, s, from, from + 60);
  const sp = ms.length > 0 && ms[0].start - from < 6 ? speakerFromMention(doc, ms[0], lex) : capitalisedSource(doc, region.slice(m.index + m[0].length), lex);
  if (!sp) return null;
  const polled = POLLED_GROUP.exec(region.slice(0, m.index));
  // (a count of the people polled asks with `counting`: "Fourteen of the 21 economists polled by Reuters" are Reuters'; what they forecast is theirs)
  if (polled && !counting) {
    return { name: `${lowerCase(polled[1])} ${m[0].trim()} ${sp.name}`, key: null, side: null, kind: 'group', media: false, pronoun: false };
  }
  return { ...sp, media: false };
}

/** A number counting the people a poll asked ("nineteen of the 24 economists polled by Reuters had …"): the poll's owner. */
export function pollCounted(doc: Doc, s: number, numberEnd: number, verbStart: number, lex: ClaimsLexicon): Speaker | null {
  const between = doc.text.slice(numberEnd, verbStart);
  if (between.length > 90 || /[,;:]/.test(between)) return null;
  return pollOwner(doc, s, numberEnd, between, lex, true);
}

/** The plural noun right before "polled by" ("analysts", "City economists"). */
const POLLED_GROUP = /(?:^|[\s,])(\p{L}+s)\s*$/u;

/** How far back from a verb an end-anchored phrase is looked for (characters). */
const TAIL = 140;

/** The same for short phrases ("emergency services in Lyon", "budget documents"). */
const SHORT_TAIL = 80;

/** The last `size` characters of a region, cut at a word start, for end-anchored patterns. */
function tailOf(region: string, size = TAIL): string {
  if (region.length <= size) return region;
  const cut = region.indexOf(' ', region.length - size);
  return cut < 0 ? region : region.slice(cut);
}

/**
 * A document standing for the body that publishes it ("the budget forecasts
 * …", "according to budget documents" → the government): the owner word is
 * resolved like a group noun (to the article's actor when one is named).
 */
export function documentOwner(doc: Doc, s: number, region: string, lex: ClaimsLexicon, leading: boolean, before = doc.sentences[s].end): Speaker | null {
  const m = leading ? lex.documentAtStart.exec(region) : lex.documentAtEnd.exec(tailOf(region, SHORT_TAIL));
  if (!m) return null;
  const owner = lex.documentOwners.get(lowerCase(m[1]).replace(/\s+/g, ' '));
  return owner ? groupPhraseWords(doc, s, owner, lex, false, before) : null;
}

/**
 * "figures published by the statistics bureau (on Monday) show": the body
 * behind the figures, named after "by" or "from".
 */
export function statementSource(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const region = doc.text.slice(start, end);
  const m = lex.statementBy.exec(region);
  if (!m) return null;
  const from = start + region.length - m[1].length;
  const object = m[1].replace(TRAILING_TIME, '');
  const ms = mentionsIn(doc, s, from, from + object.length).filter((x) => !isPlace(doc, x, lex));
  if (ms.length > 0) return speakerFromMention(doc, ms[0], lex);
  return groupPhraseWords(doc, s, object, lex, true, end) ?? capitalisedSource(doc, object, lex);
}

/** A time adverbial closing a phrase ("on Monday", "last week"). */
const TRAILING_TIME = /\s+(?:on|last|this|earlier|late|in)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?\s*$/u;

/**
 * A group noun phrase qualified by a place or body: "emergency services in
 * Lyon" → "Lyon emergency services"; "officials in the province" →
 * officials; "officials at the Port Authority" → the Port Authority.
 */
export function placedGroup(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const region = doc.text.slice(start, end);
  const tail = tailOf(region, SHORT_TAIL);
  // (the pattern needs its link word between white space: a plain test first)
  const m = PLACED_LINK.test(tail) ? PLACED_GROUP.exec(tail) : null;
  if (!m) return null;
  start += region.length - tail.length;
  const words = m[1].split(/\s+/).filter((w) => !DETERMINERS.has(lowerCase(w)));
  const head = words[words.length - 1]?.toLowerCase();
  const two = words.length > 1 ? `${lowerCase(words[words.length - 2])} ${head}` : '';
  if (!head || !(lex.groupNouns.has(head) || lex.groupNouns.has(two))) return null;
  const at = start + m.index + m[0].length - m[3].length - (m[0].length - m[0].trimEnd().length);
  const ms = mentionsIn(doc, s, at, end);
  const body = ms.find((x) => !isPlace(doc, x, lex) && doc.actors.get(x.actorKey)?.kind !== 'country');
  // "officials at the Port Authority": the body speaks through them.
  if (body) return speakerFromMention(doc, body, lex);
  if (lowerCase(m[2]) === 'in' && /^\p{Lu}/u.test(m[3])) {
    return { name: `${m[3]} ${words.join(' ').toLowerCase()}`, key: null, side: lex.countries.get(lowerCase(m[3])) ?? null, kind: 'group', media: false, pronoun: false };
  }
  return groupPhraseWords(doc, s, m[1], lex, false, end);
}

/** The link word of PLACED_GROUP with the white space around it, which every match holds. */
const PLACED_LINK = /\s(?:in|at|of|from|for)\s/;
const PLACED_GROUP = /(?:^|\s)((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(in|at|of|from|for)\s+(the\s+[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2}|\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})\s*$/u;

/**
 * An unnamed source kept as written ("a person familiar with the
 * talks", "people close to the matter", "a doctor at the clinic"):
 * a person noun, a link ("familiar with", "at") and what it qualifies. A
 * definite object naming an actor mentioned before is replaced by that
 * actor's name ("a doctor at the clinic" → "a doctor at St Brigid
 * Hospital"). Heads that speak for a body (officials, sources) need a strong
 * link ("officials familiar with …"); "officials at the ministry" is left to
 * the group noun rules.
 */
export function unnamedSource(doc: Doc, s: number, region: string, lex: ClaimsLexicon, leading: boolean, before = doc.sentences[s].end): Speaker | null {
  const part = leading ? region.slice(0, TAIL) : tailOf(region);
  // Cheap test first: a head word must be there.
  if (leading) {
    const low = lowerCase(part);
    if (!lex.unnamedHeadWords.some((h) => low.includes(h))) return null;
  }
  const m = (leading ? lex.unnamedAtStart : lex.unnamedAtEnd).exec(part);
  if (!m) return null;
  const [, phrase, head, link, object] = m;
  const strong = lex.strongLinks.has(lowerCase(link).replace(/\s+/g, ' '));
  // "officials at the ministry" speak for it; "a senior official at the ministry" is one unnamed person
  const one = /^(?:an?|one)\s/i.test(phrase.trim());
  if (!strong && !one && lex.voiceHeads.has(lowerCase(head))) return null;
  let name = phrase.replace(/\s+/g, ' ').trim();
  const written = name.replace(/^(A|An|One|Two|Three|Several|Some|Many|Other|People|Sources)\b/, (w) => lowerCase(w));
  const definite = /^the\s+([\p{L}-]+)$/iu.exec(object.trim());
  if (definite) {
    const actor = lastActorWithWord(doc, s, before, lowerCase(definite[1]));
    if (actor) name = name.slice(0, name.length - object.trim().length) + actor;
  }
  name = name.replace(/^(A|An|One|Two|Three|Several|Some|Many|Other|People|Sources)\b/, (w) => lowerCase(w));
  return { name, key: null, side: null, kind: 'group', media: false, pronoun: false, written };
}

/** The name of the last non-person actor mentioned before `before` (a few sentences back) whose name holds `word`. */
function lastActorWithWord(doc: Doc, s: number, before: number, word: string): string | null {
  const byS = bySentence(doc, doc.layers.mentions);
  for (let i = s; i >= 0 && i >= s - LOOKBACK; i--) {
    const ms = byS[i] ?? [];
    for (let j = ms.length - 1; j >= 0; j--) {
      if (ms[j].start >= before) continue;
      const a = doc.actors.get(ms[j].actorKey);
      if (!a || a.kind === 'person') continue;
      if (nameWordsOf(a).includes(word)) return a.name;
    }
  }
  return null;
}

/**
 * "The report counted 38 homicides", "according to the survey": a definite
 * report the article attributed before ("the Tarvel Police Service's annual
 * statistical report", "a survey by the central bank") speaks for its owner.
 * `region` must be the phrase alone (the subject before a verb, or the source
 * after "according to").
 */
export function definiteReport(doc: Doc, s: number, region: string, lex: ClaimsLexicon): Speaker | null {
  const m = DEFINITE_REPORT.exec(region);
  if (!m || !lex.statementNouns.has(m[1].toLowerCase())) return null;
  return reportOwnerBefore(doc, s, m[1].toLowerCase(), lex);
}

/** "the report", "the latest survey", "the annual statistical report" (a determiner, up to three modifiers, the noun). */
const DEFINITE_REPORT = /^\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)[\s.,;:!?]*$/u;

/**
 * The words a possessive owns, read from the text right after a mention
 * (`'s annual statistical report …`): up to four lower-cased words, stopping
 * before the first function word ("'s rejection of the report" owns only "rejection").
 */
export function possessedWords(after: string): string[] {
  const m = /^['’]s?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(after);
  if (!m) return [];
  const out: string[] = [];
  for (const w of m[1].toLowerCase().split(/\s+/)) {
    if (OWNED_BREAKS.has(w)) break;
    out.push(w);
  }
  return out;
}

const OWNED_BREAKS = new Set(['of', 'to', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'for', 'with', 'by', 'from', 'that', 'which', 'was', 'is', 'were', 'had', 'has']);

/** The owner of the last report with the same noun named before `s` (its own sentence included; a story may come back to its report much later). */
function reportOwnerBefore(doc: Doc, s: number, noun: string, lex: ClaimsLexicon): Speaker | null {
  for (let t = s; t >= 0; t--) {
    const sentence = doc.sentences[t];
    const text = doc.text;
    let owner: Speaker | null = null;
    for (const m of mentionsIn(doc, t, sentence.start, sentence.end)) {
      if (isPlace(doc, m, lex)) continue;
      const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
      // "X's annual statistical report", "a report by X" / "figures from X"
      const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
      const by = /(\p{L}+)\s+(?:[\p{L}-]+\s+)?(?:by|from)\s+(?:the\s+)?$/u.exec(before);
      if (possessedWords(after).includes(noun) || (by && by[1].toLowerCase() === noun)) owner = speakerFromMention(doc, m, lex);
    }
    if (owner && !owner.media) return owner;
  }
  return null;
}
