/**
 * Who is the subject of a speech verb: given a stretch of a sentence (the
 * words before "said", or after "according to"), pick the actor that speaks.
 *
 *   - actor mentions first (doc.layers.mentions, filled by the actors stage,
 *     pronouns already resolved there): a person closest to the verb, else the
 *     closest other actor; mentions after a preposition ("told Putin", "chief
 *     of the General Staff") or before a possessive ("Russia's ministry") are
 *     not subjects;
 *   - a coordination keeps its wording ("Ukraine and its allies");
 *   - a group noun keeps its wording, with the nationality of the sentence's
 *     country added when it has none ("officials" → "Ukrainian officials";
 *     not for people groups: "striking workers"), placed in a city when one
 *     follows ("emergency services in Lyon" → "Lyon emergency services"), or
 *     resolved to an actor already named ("the agency", "the charity"; a
 *     headline's looks ahead in the story); a group noun right before the
 *     verb beats a name further back ("… as charity says");
 *   - described sources (described-sources.ts): an unnamed source kept as
 *     written ("a person familiar with the talks"), with no actor key; a
 *     document or figures for the body behind them ("the budget" → the
 *     government, "figures published by X", "ministry data"); a poll for its
 *     owner ("economists polled by Reuters");
 *   - an unknown capitalised name (or acronym) right before the verb is kept
 *     as written.
 * Each fallback runs only when the region holds a word of its kind
 * (`wordClasses`), and end-anchored patterns only see the region's tail.
 */
import type { ActorKind, ActorRef, Doc, Mention } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { bySentence } from './by-sentence.ts';
import { PLACE_MODIFIER } from '../actors/scan.ts';
import { definiteReport, documentOwner, placedGroup, pollOwner, statementSource, unnamedSource } from './described-sources.ts';
import { anyWordWithin } from './literal-hits.ts';
import { isJsSpace, tailAfterRuns } from './text-tail.ts';
import { classes, firstTokenAt, lowerCase, sentenceWords, WordClass, type SentenceWords } from './sentence-words.ts';

export interface Speaker {
  name: string;
  key: string | null;
  side: string | null;
  kind: ActorKind | null;
  /** A news agency or outlet: a cited source rather than a claimant. */
  media: boolean;
  /** Found through a pronoun ("He said"). */
  pronoun: boolean;
  /** The words the sentence uses, when `name` was completed or resolved from them ("officials" → "Ghanaian officials"). */
  written?: string;
}

/** Adverbs and auxiliaries between a subject and its verb ("officials also said", "the union is seeking"). */
const TRAILING_AUX = /ly$|^(?:also|later|again|previously|have|has|had|is|are|was|were|will|would|could|can|may|might|must|does|did|do|now|still|itself|themselves|himself|herself)$/i;

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Speaker from an actor mention. */
export function speakerFromMention(doc: Doc, m: Mention, lex: ClaimsLexicon): Speaker {
  const actor = doc.actors.get(m.actorKey);
  const name = actor?.name ?? m.text;
  return {
    name,
    key: m.actorKey,
    side: actor?.side ?? null,
    kind: actor?.kind ?? null,
    media: actor?.kind === 'media' || lex.agencies.has(name) || lex.agencies.has(m.text),
    pronoun: m.how === 'pronoun',
  };
}

/** Mentions of sentence `s` inside [start, end), in text order. */
export function mentionsIn(doc: Doc, s: number, start: number, end: number): Mention[] {
  return (bySentence(doc, doc.layers.mentions)[s] ?? []).filter((m) => m.start >= start && m.end <= end);
}

/** Is the mention governed by a preposition ("to President Putin", "of the General Staff")? */
function afterPreposition(words: SentenceWords, m: Mention, lex: ClaimsLexicon): boolean {
  const { tokens, lower } = words;
  let i = firstTokenAt(tokens, m.start) - 1;
  // (determiners, titles and place modifiers may stand between: "of Toronto-listed Brannock Resources")
  while (i >= 0 && (DETERMINERS.has(lower[i]) || isTitleWord(tokens[i].text) || PLACE_MODIFIER.test(tokens[i].text))) i--;
  return i >= 0 && lex.prepositions.has(lower[i]);
}


/** Capitalised titles between a preposition and a name ("to President Putin"). */
function isTitleWord(w: string): boolean {
  return /^(?:President|Prime|Minister|General|Gen|Chancellor|King|Queen|Prince|Mr|Mrs|Ms|Dr|Secretary|Commander|Chief|Premier|Governor|Mayor|Senator|Pope)$/.test(w);
}

/** Is the mention a possessor ("Russia's Ministry", "Ukraine’s plans")? */
function possessive(text: string, m: Mention): boolean {
  return /^['’]s?\b/.test(text.slice(m.end, m.end + 2)) || /['’]s?$/.test(m.text);
}

/**
 * The speaker named in [start, end) of sentence `s`, as the subject of a verb
 * at `end` (`before`: the words before the verb; the closest counts most).
 */
export function speakerIn(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const words = sentenceWords(doc, s);
  const text = doc.text;
  // "a charity whose ship took part said": the subject is the head before the relative clause.
  const regionText = text.slice(start, end);
  const rel = /\swh/.test(regionText) ? RELATIVE_INSIDE.exec(regionText) : null;
  if (rel) return speakerIn(doc, s, start, start + rel[1].length, lex);
  const has = wordClasses(words, start, end, lex);
  const poll = has.by ? pollOwner(doc, s, start, regionText, lex) : null;
  if (poll) return poll;
  const unnamed = has.head ? unnamedSource(doc, s, regionText, lex, false, end) : null;
  if (unnamed) return unnamed;
  const coordinated = coordination(doc, s, start, end, lex);
  if (coordinated) return coordinated;
  const candidates = mentionsIn(doc, s, start, end).filter((m) => !afterPreposition(words, m, lex) && !possessive(text, m) && !isPlace(doc, m, lex));
  if (candidates.length > 0) {
    // "… as charity says": a group noun right before the verb is its subject, not a name further back.
    const lastEnd = candidates[candidates.length - 1].end;
    const tail = text.slice(lastEnd, end);
    const first = /^\s*([\p{L}-]+)/u.exec(tail)?.[1].toLowerCase() ?? '';
    // "Fund economists expect": a group noun right after a name is that name's staff, the name speaks.
    const modifier = lex.groupNouns.has(first) || lex.descriptiveHeads.has(first);
    if (first && !modifier && has.group && !/^\s*(?:and|or|&|['’])/iu.test(tail) && !/[,;]/.test(tail)) {
      const group = groupPhraseWords(doc, s, tail, lex, false, end);
      if (group) return group;
    }
    const persons = candidates.filter((m) => doc.actors.get(m.actorKey)?.kind === 'person');
    const pick = (persons.length > 0 ? persons : candidates)[(persons.length > 0 ? persons : candidates).length - 1];
    const sp = speakerFromMention(doc, pick, lex);
    // "Ukraine and its allies say": keep the coordination as written.
    const rest = text.slice(pick.end, end);
    if (/^\s+and\s+\S/.test(rest) && !/[,;]/.test(rest)) {
      return { ...sp, name: text.slice(pick.start, end).trim(), key: null };
    }
    return sp;
  }
  return (
    ownedInstitution(doc, s, start, end, lex) ??
    (has.cap ? agencyNamed(doc, start, end, lex) : null) ??
    (has.owner ? documentOwner(doc, s, regionText, lex, false, end) : null) ??
    (has.statement ? statementSource(doc, s, start, end, lex) ?? unownedStatement(regionText, lex) ?? definiteReport(doc, s, regionText, lex) : null) ??
    (has.group ? placedGroup(doc, s, start, end, lex) ?? groupPhrase(doc, s, start, end, lex) : null) ??
    (has.cap ? capitalisedName(doc, start, end, lex) : null)
  );
}

/** "Some estimates put the toll at …", "Independent counts suggest …": statements nobody is named for, kept as written. */
function unownedStatement(region: string, lex: ClaimsLexicon): Speaker | null {
  const m = UNOWNED_STATEMENT.exec(region);
  if (!m || !lex.statementNouns.has(lowerCase(m[2]))) return null;
  return { name: `${m[1]} ${m[2]}`.toLowerCase(), key: null, side: null, kind: 'group', media: false, pronoun: false };
}

const UNOWNED_STATEMENT = /(?:^|[,;]\s*|\s(?:but|and|while)\s+)(some|other|several|many|independent|unofficial|earlier|previous|local|one|higher|lower)\s+([\p{L}-]+)\s*$/iu;

/**
 * "The World Health Organization's regional office for Europe said": an
 * office of a named body speaks under the body's name and its own
 * ("World Health Organization Regional Office for Europe"). Not for a
 * country's body ("Chad's health ministry", see groupPhraseWords).
 */
function ownedInstitution(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const ms = mentionsIn(doc, s, start, end);
  const m = ms[ms.length - 1];
  if (!m || !possessive(doc.text, m)) return null;
  const a = doc.actors.get(m.actorKey);
  // a named possessor ("WHO's"), not a description resolved to a body ("the government's delegation")
  if (!a || a.kind !== 'organisation' || !/^\p{Lu}/u.test(m.text)) return null;
  const written = doc.text.slice(m.end, end).replace(/^['’]s?/, '').trim();
  const words = written.split(/\s+/);
  if (words.length === 0 || words.length > 5 || !words.some((w) => lex.institutionHeads.has(lowerCase(w)))) return null;
  if (words.some((w) => TRAILING_AUX.test(w) || !/^[\p{L}-]+$/u.test(w))) return null;
  const own = lowerCase(a.name).split(/\s+/);
  if (words.some((w) => lex.institutionHeads.has(lowerCase(w)) && own.includes(lowerCase(w)))) return null;
  const title = words.map((w, k) => (k > 0 && /^(?:of|for|the|and|on)$/i.test(w) ? lowerCase(w) : w[0].toUpperCase() + w.slice(1))).join(' ');
  return { name: `${a.name} ${title}`, key: null, side: a.side, kind: 'organisation', media: false, pronoun: false, written: `${m.text}'s ${written}` };
}

/** Which kinds of word the words inside [start, end) hold (sentence-words.ts): each fallback needs its own kind. */
function wordClasses(words: SentenceWords, start: number, end: number, lex: ClaimsLexicon) {
  const { tokens } = words;
  const bits = classes(words, lex);
  let mask = 0;
  for (let i = firstTokenAt(tokens, start); i < tokens.length && tokens[i].end <= end; i++) mask |= bits[i];
  return {
    head: (mask & WordClass.head) !== 0,
    group: (mask & WordClass.group) !== 0,
    statement: (mask & WordClass.statement) !== 0,
    owner: (mask & WordClass.owner) !== 0,
    cap: (mask & WordClass.cap) !== 0,
    by: (mask & WordClass.by) !== 0,
  };
}

/** A relative clause opened without a comma inside a subject ("a charity whose ship … said"): group 1 is the head before it. */
const RELATIVE_INSIDE = /^(.*?[\p{L}\p{N}])\s+(?:whose|which|who)\s/u;

/** Is the mention a place ("North Carolina"), which never speaks? */
export function isPlace(doc: Doc, m: Mention, lex: ClaimsLexicon): boolean {
  const a = doc.actors.get(m.actorKey);
  return a?.kind === 'place' || lex.placeNames.has(lowerCase(m.text)) || (a !== undefined && lex.placeNames.has(lowerCase(a.name)));
}

/** An actor of the article named `name`, or whose name starts or ends with it as whole words ("Kestrel" → "Kestrel Mining Group"). */
export function actorNamed(doc: Doc, name: string): Speaker | null {
  const low = lowerCase(name);
  let best: { key: string; name: string; side: string | null; kind: ActorKind } | null = null;
  for (const a of doc.actors.values()) {
    if (a.kind === 'place') continue;
    const n = lowerCase(a.name);
    if (n === low) {
      best = a;
      break;
    }
    if (!best && (n.startsWith(low + ' ') || n.endsWith(' ' + low)) && a.kind !== 'person') best = a;
  }
  return best ? { name: best.name, key: best.key, side: best.side, kind: best.kind, media: best.kind === 'media', pronoun: false } : null;
}

/**
 * A descriptive subject ("the company", "the ministry", "a police
 * spokesman") standing for an actor already named: the last mentioned actor
 * whose name holds one of the phrase's words ("ministry" → "Ministry of
 * Water"), else, for a descriptive head ("company", "railroad"), the last
 * organisation mentioned before. Looks back a few sentences.
 */
function resolveDescriptive(doc: Doc, s: number, before: number, phrase: string[], lex: ClaimsLexicon): Speaker | null {
  const words = phrase.map((w) => lowerCase(w)).filter((w) => lex.groupNouns.has(w) || lex.descriptiveHeads.has(w));
  if (words.length === 0) return null;
  // "central bank" is not "Northgate Bank": the phrase's other words must be in the name too (levels and nationalities aside).
  const modifiers = phrase.map((w) => lowerCase(w)).filter((w) => !words.includes(w) && !LEVELS.has(w) && !lex.countries.has(w));
  const head = lowerCase(phrase[phrase.length - 1]);
  const byS = bySentence(doc, doc.layers.mentions);
  let fallback: Speaker | null = null;
  for (let i = s; i >= 0 && i >= s - LOOKBACK; i--) {
    const ms = byS[i] ?? [];
    for (let j = ms.length - 1; j >= 0; j--) {
      if (ms[j].start >= before) continue;
      const a = doc.actors.get(ms[j].actorKey);
      if (!a || a.kind === 'place' || a.kind === 'country' || a.kind === 'media' || a.kind === 'person') continue;
      const nameWords = nameWordsOf(a);
      if (words.some((w) => nameWords.includes(w)) && modifiers.every((w) => nameWords.includes(w))) return speakerFromMention(doc, ms[j], lex);
      if (!fallback && lex.descriptiveHeads.has(head) && (a.kind === 'organisation' || a.kind === 'group') && !describedOtherwise(doc, a.key, head, lex)) fallback = speakerFromMention(doc, ms[j], lex);
    }
  }
  // "the country's disaster agency said", before or long after "the National Institute for Disaster Management" is named:
  // the one body of the article whose name has every modifier, over the last organisation named
  // (a body's noun only: "fire officials" are kept as written)
  const bodyHead = lex.institutionHeads.has(head) || lex.descriptiveHeads.has(head);
  if (bodyHead && modifiers.length > 0 && !modifiers.some((w) => GENERIC_MODIFIERS.has(w))) {
    const named = bodyWithWords(doc, modifiers);
    if (named) return named;
  }
  if (fallback) return { ...fallback, pronoun: false };
  // A headline or standfirst names the body only later ("… as charity says 30 missing"): look ahead in the story.
  if (s < HEADLINE_SENTENCES && lex.descriptiveHeads.has(head)) {
    for (let i = s + 1; i < byS.length && i <= s + LOOKBACK; i++) {
      for (const m of byS[i] ?? []) {
        const a = doc.actors.get(m.actorKey);
        if (!a || (a.kind !== 'organisation' && a.kind !== 'group') || describedOtherwise(doc, a.key, head, lex)) continue;
        return speakerFromMention(doc, m, lex);
      }
    }
  }
  return null;
}

/** The one organisation or group of the article whose name holds every word of `words` (none, or several: null). */
function bodyWithWords(doc: Doc, words: string[]): Speaker | null {
  let found: Speaker | null = null;
  for (const a of doc.actors.values()) {
    if (a.kind !== 'organisation' && a.kind !== 'group') continue;
    const nameWords = lowerCase(a.name).split(/[^\p{L}]+/u);
    if (!words.every((w) => nameWords.includes(w))) continue;
    if (found && found.key !== a.key) return null;
    found = { name: a.name, key: a.key, side: a.side, kind: a.kind, media: false, pronoun: false };
  }
  return found;
}

/** Sentences at the top of an article (headline, standfirst) that may name a body only later. */
const HEADLINE_SENTENCES = 3;

/** The words of an actor's name in lower case ("Ministry of Water" → ministry, of, water), split once per actor. */
export function nameWordsOf(a: ActorRef): string[] {
  const hit = nameWordsCache.get(a);
  if (hit && hit.name === a.name) return hit.words;
  const words = lowerCase(a.name).split(/[^\p{L}]+/u);
  nameWordsCache.set(a, { name: a.name, words });
  return words;
}

const nameWordsCache = new WeakMap<ActorRef, { name: string; words: string[] }>();

/** `describedOtherwise` answers, per mentions layer (the answer depends on the layer and the lexicon only). */
const describedCache = new WeakMap<Mention[], { lex: ClaimsLexicon; answers: Map<string, boolean> }>();

/** Is the actor described in the article by another group noun than `head` ("the coastguard" is no "charity")? Asked once per actor and head. */
function describedOtherwise(doc: Doc, key: string, head: string, lex: ClaimsLexicon): boolean {
  const layer = doc.layers.mentions;
  let memo = describedCache.get(layer);
  if (!memo || memo.lex !== lex) {
    memo = { lex, answers: new Map() };
    describedCache.set(layer, memo);
  }
  const id = `${key}\u0000${head}`;
  let answer = memo.answers.get(id);
  if (answer === undefined) {
    answer = describedByOther(layer, key, head, lex);
    memo.answers.set(id, answer);
  }
  return answer;
}

function describedByOther(mentions: Mention[], key: string, head: string, lex: ClaimsLexicon): boolean {
  for (const m of mentions) {
    if (m.actorKey !== key) continue;
    const words = m.text.split(/[^\p{L}]+/u).filter(Boolean);
    const lastWord = words[words.length - 1] ?? '';
    // only a description counts ("Greece's coastguard", "Coastguard"), not a proper name ending in a group noun ("Weather Service")
    if (words.length > 1 && /^\p{Lu}/u.test(lastWord)) continue;
    const last = lowerCase(lastWord);
    if (last !== head && (lex.groupNouns.has(last) || lex.descriptiveHeads.has(last))) return true;
  }
  return false;
}

export const LOOKBACK = 8;

/** Modifiers that say nothing of which body is meant ("the new agency", "the same ministry"). */
const GENERIC_MODIFIERS = new Set(['new', 'old', 'former', 'same', 'other', 'main', 'own', 'first', 'second', 'largest', 'biggest', 'big', 'small', 'leading', 'major', 'private', 'public']);

/** Modifiers of a group noun that say its level, not which body it is ("the regional government", "state media"). */
const LEVELS = new Set(['state', 'national', 'federal', 'local', 'regional', 'provincial', 'municipal', 'city', 'county', 'senior', 'top']);

/** "The TASS agency", "state news agency Tass": a news agency as the subject. */
function agencyNamed(doc: Doc, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  if (!anyWordWithin(doc, lex.agencyWords, start, end)) return null;
  const region = doc.text.slice(start, end);
  lex.agencyRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: string | null = null;
  while ((m = lex.agencyRe.exec(region)) !== null) last = m[0];
  return last ? { name: lex.agencies.get(last) ?? last, key: null, side: null, kind: 'media', media: true, pronoun: false } : null;
}

/** "Ukraine and its allies", "Britain and France": a coordinated subject kept as written. */
function coordination(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const text = doc.text.slice(start, end);
  if (!text.includes('and')) return null; // the pattern's " and "
  const region = text.trim().replace(/^(?:(?:and|but|as|while|where|when|the)\s+)+/i, '');
  const m = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+and\s+((?:(?:its|their|his|her|the)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)$/u.exec(region);
  if (!m) return null;
  const second = m[2].split(/\s+/).pop()!.toLowerCase();
  const first = lex.countries.get(lowerCase(m[1])) ?? null;
  if (!/^\p{Lu}/u.test(m[2].replace(/^(?:its|their|his|her|the)\s+/, '')) && !lex.groupNouns.has(second)) return null;
  return { name: region, key: null, side: first, kind: 'group', media: false, pronoun: false };
}

/** "officials", "the ministry", "health authorities": a group noun phrase ending at `end`. */
export function groupPhrase(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  return groupPhraseWords(doc, s, doc.text.slice(start, end), lex, false, end);
}

/**
 * A group noun phrase in `region`: its trailing words (`leading` false: the
 * subject before a verb) or its opening words (`leading` true: after
 * "according to"), ending in a group noun; statement nouns are dropped
 * ("a defence ministry statement" → "defence ministry").
 */
export function groupPhraseWords(doc: Doc, s: number, region: string, lex: ClaimsLexicon, leading: boolean, before = doc.sentences[s].end): Speaker | null {
  // The subject before a verb starts after the last comma ("In Chile, striking workers are …") and after any figure ("the $3bn analysts had expected").
  if (!leading) region = region.slice(Math.max(region.lastIndexOf(','), lastDigit(region)) + 1).replace(SCALE_WORD, '');
  const words = region.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0) return null;
  const stop = (w: string) =>
    lex.clauseOpeners.has(w) || w === 'that' || w === 'and' || DETERMINERS.has(w) || lex.prepositions.has(w) || PRONOUNS.has(w);
  let phrase: string[];
  if (leading) {
    let i = 0;
    while (i < words.length && DETERMINERS.has(lowerCase(words[i]))) i++;
    let j = i;
    while (j < words.length && j - i < 6 && !stop(lowerCase(words[j]))) j++;
    phrase = words.slice(i, j);
    while (phrase.length > 1 && lex.statementNouns.has(lowerCase(phrase[phrase.length - 1])) && !lex.groupNouns.has(lowerCase(phrase[phrase.length - 1]))) phrase = phrase.slice(0, -1);
    if (phrase.length > 1 && /^(?:statement|ministry statement)$/i.test(phrase[phrase.length - 1])) phrase = phrase.slice(0, -1);
  } else {
    let i = words.length;
    while (i > 0 && words.length - i < 6) {
      const w = lowerCase(words[i - 1]);
      if (stop(w) && !ofInstitution(words, i - 1, lex)) break;
      i--;
    }
    phrase = words.slice(i);
    // Drop adverbs between the subject and the verb ("officials also said").
    while (phrase.length > 0 && TRAILING_AUX.test(phrase[phrase.length - 1])) phrase = phrase.slice(0, -1);
    // "trade ministry figures (show)": the body behind its figures.
    let figures = false;
    while (phrase.length > 1 && lex.statementNouns.has(lowerCase(phrase[phrase.length - 1])) && !lex.groupNouns.has(lowerCase(phrase[phrase.length - 1]))) {
      phrase = phrase.slice(0, -1);
      figures = true;
    }
    // "the ministry's latest figures": the possessor is the body.
    if (figures) {
      // "the ministry's weekly situation report": lower-case words after the possessor describe the report
      let owner = phrase.length - 2;
      while (owner >= 0 && !/['’]s?$/.test(phrase[owner])) owner--;
      if (owner >= 0 && phrase.slice(owner + 1).every((w) => /^\p{Ll}/u.test(w))) phrase = phrase.slice(0, owner + 1);
      while (phrase.length > 1 && STATEMENT_MODIFIERS.test(phrase[phrase.length - 1])) phrase = phrase.slice(0, -1);
      const last = phrase[phrase.length - 1];
      if (/['’]s?$/.test(last)) phrase = [...phrase.slice(0, -1), last.replace(/['’]s?$/, '')];
    }
  }
  // A possessor is not part of the name ("Chad's health ministry"): it gives the side.
  let possessor: string | null = null;
  for (let i = phrase.length - 2; i >= 0; i--) {
    const w = phrase[i];
    if (/['’]s?$/.test(w) || w === 's') {
      const country = lex.countries.get(w.replace(/['’]s?$/, '').toLowerCase());
      // After "according to", a possessor other than a country is part of the name ("the county sheriff's office").
      if (leading && !country) break;
      possessor = country ?? possessor;
      phrase = phrase.slice(i + 1);
      break;
    }
  }
  if (phrase.length === 0) return null;
  // "chamber of commerce": the head is the institution before "of".
  const ofAt = phrase.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  const head = (ofAt > 0 ? phrase[ofAt - 1] : phrase[phrase.length - 1]).toLowerCase();
  if (!lex.groupNouns.has(head) || lex.statementNouns.has(head) && phrase.length === 1) return null;
  // A proper name ending in a group noun ("Kessler & Grau Bank") is a name, not a description.
  if (phrase.length > 1 && phrase.every((w) => /^\p{Lu}/u.test(w))) return null;
  const written = phrase.join(' ');
  const actor = resolveDescriptive(doc, s, before, phrase, lex);
  if (actor) return { ...actor, written };
  if (lex.institutionHeads.has(head)) phrase = phrase.map((w) => (lex.countries.has(lowerCase(w)) || /^(?:of|for|the|and)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1)));
  let name = ministryName(phrase, lex) ?? phrase.join(' ');
  let side: string | null = possessor;
  const own = phrase.map((w) => lex.countries.get(lowerCase(w))).find((c) => c !== undefined);
  if (own) side = own;
  else if (lex.plainGroups.has(head)) side = possessor ?? sentenceCountry(doc, s, lex);
  else {
    const country = possessor ?? sentenceCountry(doc, s, lex);
    if (country) {
      side = country;
      const adj = lex.demonym.get(country);
      if (adj) name = `${adj} ${name}`;
    }
  }
  return { name, key: null, side, kind: 'group', media: false, pronoun: false, written };
}

/** "Transport Ministry" → "Ministry of Transport", "Foreign Ministry" → "Ministry of Foreign Affairs" (claims.yaml `ministry_domains`); null otherwise. */
function ministryName(phrase: string[], lex: ClaimsLexicon): string | null {
  if (phrase.length < 2 || phrase.length > 3 || lowerCase(phrase[phrase.length - 1]) !== 'ministry') return null;
  const domain = phrase.slice(0, -1);
  if (domain.some((w) => lex.countries.has(lowerCase(w)) || /^(?:of|for|the|and)$/i.test(w))) return null;
  const key = domain.join(' ').toLowerCase();
  return `Ministry of ${lex.ministryDomains.get(key) ?? domain.join(' ')}`;
}

/** Words between a possessor and its figures ("the ministry's latest figures"). */
const STATEMENT_MODIFIERS = /^(?:latest|new|own|official|annual|preliminary|provisional|final|monthly|weekly|daily|quarterly|updated|revised|most|recent)$/i;

/** Index of the last digit in `text`, or -1. */
function lastDigit(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return i;
  return -1;
}

/** A scale word right after a figure ("3.05 billion analysts"). */
const SCALE_WORD = /^\s*(?:thousand|million|billion|trillion|bn|mn|m|k|per\s+cent|percent)\b/i;

/** Does "of"/"for"/"the" at word `k` continue an institution's name ("chamber of commerce", "office of the prosecutor")? */
function ofInstitution(words: string[], k: number, lex: ClaimsLexicon): boolean {
  const w = lowerCase(words[k]);
  if (w === 'of' || w === 'for') return k > 0 && lex.institutionHeads.has(lowerCase(words[k - 1]));
  if (w === 'the') return k > 1 && (lowerCase(words[k - 1]) === 'of' || lowerCase(words[k - 1]) === 'for') && lex.institutionHeads.has(lowerCase(words[k - 2]));
  return false;
}

/** `sentenceCountry` answers per Doc, by sentence (with the mentions layer and lexicon they were computed for). */
const countryCache = new WeakMap<Doc, { mentions: Mention[]; lex: ClaimsLexicon; answers: Map<number, string | null> }>();

/** The country a sentence is about: its first country mention, else a country word in its text. Computed once per sentence. */
export function sentenceCountry(doc: Doc, s: number, lex: ClaimsLexicon): string | null {
  let memo = countryCache.get(doc);
  if (!memo || memo.mentions !== doc.layers.mentions || memo.lex !== lex) {
    memo = { mentions: doc.layers.mentions, lex, answers: new Map() };
    countryCache.set(doc, memo);
  }
  let answer = memo.answers.get(s);
  if (answer === undefined) {
    answer = findSentenceCountry(doc, s, lex);
    memo.answers.set(s, answer);
  }
  return answer;
}

function findSentenceCountry(doc: Doc, s: number, lex: ClaimsLexicon): string | null {
  for (const m of bySentence(doc, doc.layers.mentions)[s] ?? []) {
    const a = doc.actors.get(m.actorKey);
    if (a?.kind === 'country') return a.name;
  }
  const sentence = doc.sentences[s];
  lex.countryRe.lastIndex = 0;
  const m = lex.countryRe.exec(sentence.text);
  return m ? lex.countries.get(lowerCase(m[0])) ?? null : null;
}

/** An unknown name right before the verb ("Maria Lopez, a local farmer, said" → after the appositive is lost; "Maria Lopez said"). */
function capitalisedName(doc: Doc, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const region = withoutTrailingAux(doc.text.slice(start, end));
  // (the pattern ends the region and holds at most NAME_RUNS runs of white space: it runs on the region's tail, text-tail.ts)
  const tail = tailAfterRuns(region, NAME_RUNS);
  const m = NAME_AT_END.exec(tail);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  if (words.length === 1 && region.length - tail.length + m.index === 0) {
    // A single capitalised word opening the clause may be a sentence-initial common word
    // (pronouns and determiners are knowledge/claims.yaml `not_sources`, refused by namedSpeaker).
    if (/^(?:The|There|Officials|Police)$/.test(words[0])) return null;
  }
  return namedSpeaker(doc, m[1], lex);
}

/** A run of capitalised words (with "&", "of", "for", "and" between them) ending a region: at most 4 + 4 inner runs of white space and a trailing one. */
const NAME_AT_END = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:(?:&|of|for|and)\s+)?){0,4}(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2,}))\s*$/u;
const NAME_RUNS = 9;

/** Adverbs and auxiliaries that may stand between a name and its verb ("Maria Lopez also said"). */
const AUX_WORDS = ['also', 'later', 'again', 'previously', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'does', 'did', 'now', 'still'];
const AUX_SET = new Set(AUX_WORDS);
const TRAILING_AUX_WORDS = new RegExp(`(?:\\s+(?:${AUX_WORDS.join('|')}))+\\s*$`, 'i');

/**
 * The region without the adverbs and auxiliaries ending it. The pattern can
 * only match when the region's last word (before trailing white space) is
 * one of them with white space before it: checked first with a lookup.
 */
function withoutTrailingAux(region: string): string {
  let end = region.length;
  while (end > 0 && isJsSpace(region.charCodeAt(end - 1))) end--;
  let from = end;
  while (from > 0 && !isJsSpace(region.charCodeAt(from - 1))) from--;
  if (from === 0 || !AUX_SET.has(region.slice(from, end).toLowerCase())) return region;
  return region.replace(TRAILING_AUX_WORDS, '');
}

/** A name as written, resolved to an actor of the article when one bears it; null for a place. */
function namedSpeaker(doc: Doc, name: string, lex: ClaimsLexicon): Speaker | null {
  if (lex.placeNames.has(lowerCase(name)) || lex.notSources.has(lowerCase(name))) return null;
  return actorNamed(doc, name) ?? { name, key: null, side: null, kind: null, media: false, pronoun: false };
}

const NAME_RUN = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}\p{M}'’.-]*|&)(?:\s+(?:(?:of|for|and|the|on|&)\s+)*(?:\p{Lu}[\p{L}\p{M}'’.-]*|&))*)/u;

/**
 * The capitalised noun phrase opening a source phrase ("the US Geological
 * Survey", "the price tracker Homescan" → Homescan), not a place nor a lone
 * nationality word.
 */
export function capitalisedSource(doc: Doc, region: string, lex: ClaimsLexicon): Speaker | null {
  const m = NAME_RUN.exec(region);
  if (!m) return null;
  const name = m[1].replace(/[.’']+$/u, '').trim();
  if (name.length < 2 || name === '&') return null;
  const words = name.split(/\s+/);
  if (words.length === 1 && lex.countries.has(lowerCase(name)) && !lex.placeNames.has(lowerCase(name))) return null;
  return namedSpeaker(doc, name, lex);
}



/** A pronoun subject right before `end` ("He said", "she added"). */
export function pronounBefore(text: string, start: number, end: number): string | null {
  const m = /\b(he|she|they|it)(?:\s+(?:also|later|again|then|further|previously|has|had|have|now|could|can|would|will|may|might|must|did|does|do|still|only))*\s*$/i.exec(text.slice(start, end));
  return m ? lowerCase(m[1]) : null;
}
