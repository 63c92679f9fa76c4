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
 *     country added when it has none ("officials" → "Ukrainian officials");
 *   - an unknown capitalised name right before the verb is kept as written.
 */
import type { ActorKind, Doc, Mention, Token } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { bySentence } from './by-sentence.ts';

export interface Speaker {
  name: string;
  key: string | null;
  side: string | null;
  kind: ActorKind | null;
  /** A news agency or outlet: a cited source rather than a claimant. */
  media: boolean;
  /** Found through a pronoun ("He said"). */
  pronoun: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
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

/** The token index at or after offset `pos` in `tokens`. */
function tokenAt(tokens: Token[], pos: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i].start < pos) i++;
  return i;
}

/** Is the mention governed by a preposition ("to President Putin", "of the General Staff")? */
function afterPreposition(tokens: Token[], m: Mention, lex: ClaimsLexicon): boolean {
  let i = tokenAt(tokens, m.start) - 1;
  while (i >= 0 && (DETERMINERS.has(tokens[i].text.toLowerCase()) || isTitleWord(tokens[i].text))) i--;
  return i >= 0 && lex.prepositions.has(tokens[i].text.toLowerCase());
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
  const tokens = doc.sentenceTokens(s);
  const text = doc.text;
  const coordinated = coordination(doc, s, start, end, lex);
  if (coordinated) return coordinated;
  const candidates = mentionsIn(doc, s, start, end).filter((m) => !afterPreposition(tokens, m, lex) && !possessive(text, m) && !isPlace(doc, m, lex));
  if (candidates.length > 0) {
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
  return agencyNamed(text, start, end, lex) ?? groupPhrase(doc, s, start, end, lex) ?? capitalisedName(doc, start, end, lex);
}

/** Is the mention a place ("North Carolina"), which never speaks? */
function isPlace(doc: Doc, m: Mention, lex: ClaimsLexicon): boolean {
  const a = doc.actors.get(m.actorKey);
  return a?.kind === 'place' || lex.placeNames.has(m.text.toLowerCase()) || (a !== undefined && lex.placeNames.has(a.name.toLowerCase()));
}

/** An actor of the article named `name`, or whose name starts or ends with it as whole words ("Kestrel" → "Kestrel Mining Group"). */
export function actorNamed(doc: Doc, name: string): Speaker | null {
  const low = name.toLowerCase();
  let best: { key: string; name: string; side: string | null; kind: ActorKind } | null = null;
  for (const a of doc.actors.values()) {
    if (a.kind === 'place') continue;
    const n = a.name.toLowerCase();
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
  const words = phrase.map((w) => w.toLowerCase()).filter((w) => lex.groupNouns.has(w) || lex.descriptiveHeads.has(w));
  if (words.length === 0) return null;
  const head = phrase[phrase.length - 1].toLowerCase();
  const byS = bySentence(doc, doc.layers.mentions);
  let fallback: Speaker | null = null;
  for (let i = s; i >= 0 && i >= s - LOOKBACK; i--) {
    const ms = byS[i] ?? [];
    for (let j = ms.length - 1; j >= 0; j--) {
      if (ms[j].start >= before) continue;
      const a = doc.actors.get(ms[j].actorKey);
      if (!a || a.kind === 'place' || a.kind === 'country' || a.kind === 'media' || a.kind === 'person') continue;
      const nameWords = a.name.toLowerCase().split(/[^\p{L}]+/u);
      if (words.some((w) => nameWords.includes(w))) return speakerFromMention(doc, ms[j], lex);
      if (!fallback && lex.descriptiveHeads.has(head) && (a.kind === 'organisation' || a.kind === 'group')) fallback = speakerFromMention(doc, ms[j], lex);
    }
  }
  return fallback ? { ...fallback, pronoun: false } : null;
}

const LOOKBACK = 8;

/** "The TASS agency", "state news agency Tass": a news agency as the subject. */
function agencyNamed(text: string, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const region = text.slice(start, end);
  lex.agencyRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: string | null = null;
  while ((m = lex.agencyRe.exec(region)) !== null) last = m[0];
  return last ? { name: lex.agencies.get(last) ?? last, key: null, side: null, kind: 'media', media: true, pronoun: false } : null;
}

/** "Ukraine and its allies", "Britain and France": a coordinated subject kept as written. */
function coordination(doc: Doc, s: number, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const region = doc.text.slice(start, end).trim().replace(/^(?:(?:and|but|as|while|where|when|the)\s+)+/i, '');
  const m = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+and\s+((?:(?:its|their|his|her|the)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)$/u.exec(region);
  if (!m) return null;
  const second = m[2].split(/\s+/).pop()!.toLowerCase();
  const first = lex.countries.get(m[1].toLowerCase()) ?? null;
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
  const words = region.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0) return null;
  const stop = (w: string) =>
    lex.clauseOpeners.has(w) || w === 'that' || w === 'and' || DETERMINERS.has(w) || lex.prepositions.has(w) || PRONOUNS.has(w);
  let phrase: string[];
  if (leading) {
    let i = 0;
    while (i < words.length && DETERMINERS.has(words[i].toLowerCase())) i++;
    let j = i;
    while (j < words.length && j - i < 6 && !stop(words[j].toLowerCase())) j++;
    phrase = words.slice(i, j);
    while (phrase.length > 1 && lex.statementNouns.has(phrase[phrase.length - 1].toLowerCase()) && !lex.groupNouns.has(phrase[phrase.length - 1].toLowerCase())) phrase = phrase.slice(0, -1);
    if (phrase.length > 1 && /^(?:statement|ministry statement)$/i.test(phrase[phrase.length - 1])) phrase = phrase.slice(0, -1);
  } else {
    let i = words.length;
    while (i > 0 && words.length - i < 6 && !stop(words[i - 1].toLowerCase())) i--;
    phrase = words.slice(i);
    // Drop adverbs between the subject and the verb ("officials also said").
    while (phrase.length > 0 && /ly$|^also$|^later$|^again$|^previously$|^have$|^has$|^had$/i.test(phrase[phrase.length - 1])) phrase = phrase.slice(0, -1);
  }
  // A possessor is not part of the name ("Chad's health ministry"): it gives the side.
  let possessor: string | null = null;
  for (let i = phrase.length - 2; i >= 0; i--) {
    const w = phrase[i];
    if (/['’]s?$/.test(w) || w === 's') {
      possessor = lex.countries.get(w.replace(/['’]s?$/, '').toLowerCase()) ?? possessor;
      phrase = phrase.slice(i + 1);
      break;
    }
  }
  if (phrase.length === 0) return null;
  const head = phrase[phrase.length - 1].toLowerCase();
  if (!lex.groupNouns.has(head) || lex.statementNouns.has(head) && phrase.length === 1) return null;
  // A proper name ending in a group noun ("Kessler & Grau Bank") is a name, not a description.
  if (phrase.length > 1 && phrase.every((w) => /^\p{Lu}/u.test(w))) return null;
  const actor = resolveDescriptive(doc, s, before, phrase, lex);
  if (actor) return actor;
  if (lex.institutionHeads.has(head)) phrase = phrase.map((w) => (lex.countries.has(w.toLowerCase()) ? w : w[0].toUpperCase() + w.slice(1)));
  let name = phrase.join(' ');
  let side: string | null = possessor;
  const own = phrase.map((w) => lex.countries.get(w.toLowerCase())).find((c) => c !== undefined);
  if (own) side = own;
  else {
    const country = possessor ?? sentenceCountry(doc, s, lex);
    if (country) {
      side = country;
      const adj = lex.demonym.get(country);
      if (adj) name = `${adj} ${name}`;
    }
  }
  return { name, key: null, side, kind: 'group', media: false, pronoun: false };
}

/** The country a sentence is about: its first country mention, else a country word in its text. */
export function sentenceCountry(doc: Doc, s: number, lex: ClaimsLexicon): string | null {
  for (const m of bySentence(doc, doc.layers.mentions)[s] ?? []) {
    const a = doc.actors.get(m.actorKey);
    if (a?.kind === 'country') return a.name;
  }
  const sentence = doc.sentences[s];
  lex.countryRe.lastIndex = 0;
  const m = lex.countryRe.exec(sentence.text);
  return m ? lex.countries.get(m[0].toLowerCase()) ?? null : null;
}

/** An unknown name right before the verb ("Maria Lopez, a local farmer, said" → after the appositive is lost; "Maria Lopez said"). */
function capitalisedName(doc: Doc, start: number, end: number, lex: ClaimsLexicon): Speaker | null {
  const region = doc.text.slice(start, end).replace(/\s+(?:also|later|again|previously|has|have|had)\s*$/i, '');
  const m = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:(?:&|of|for|and)\s+)?){0,4}\p{Lu}[\p{Ll}\p{M}'’-]+)\s*$/u.exec(region);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  if (words.length === 1 && start + m.index === start) {
    // A single capitalised word opening the clause may be a sentence-initial common word.
    if (/^(?:The|This|That|It|They|He|She|We|There|Officials|Police)$/.test(words[0])) return null;
  }
  return namedSpeaker(doc, m[1], lex);
}

/** A name as written, resolved to an actor of the article when one bears it; null for a place. */
function namedSpeaker(doc: Doc, name: string, lex: ClaimsLexicon): Speaker | null {
  if (lex.placeNames.has(name.toLowerCase())) return null;
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
  if (words.length === 1 && lex.countries.has(name.toLowerCase()) && !lex.placeNames.has(name.toLowerCase())) return null;
  return namedSpeaker(doc, name, lex);
}



/** A pronoun subject right before `end` ("He said", "she added"). */
export function pronounBefore(text: string, start: number, end: number): string | null {
  const m = /\b(he|she|they|it)(?:\s+(?:also|later|again|then|further|previously|has|had|have|now))*\s*$/i.exec(text.slice(start, end));
  return m ? m[1].toLowerCase() : null;
}
