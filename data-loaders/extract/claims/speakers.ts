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
  const candidates = mentionsIn(doc, s, start, end).filter((m) => !afterPreposition(tokens, m, lex) && !possessive(text, m));
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
  return agencyNamed(text, start, end, lex) ?? groupPhrase(doc, s, start, end, lex) ?? capitalisedName(text, start, end);
}

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
  return groupPhraseWords(doc, s, doc.text.slice(start, end), lex, false);
}

/**
 * A group noun phrase in `region`: its trailing words (`leading` false: the
 * subject before a verb) or its opening words (`leading` true: after
 * "according to"), ending in a group noun; statement nouns are dropped
 * ("a defence ministry statement" → "defence ministry").
 */
export function groupPhraseWords(doc: Doc, s: number, region: string, lex: ClaimsLexicon, leading: boolean): Speaker | null {
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
  if (phrase.length === 0) return null;
  const head = phrase[phrase.length - 1].toLowerCase();
  if (!lex.groupNouns.has(head) || lex.statementNouns.has(head) && phrase.length === 1) return null;
  let name = phrase.join(' ');
  let side: string | null = null;
  const own = phrase.map((w) => lex.countries.get(w.toLowerCase())).find((c) => c !== undefined);
  if (own) side = own;
  else {
    const country = sentenceCountry(doc, s, lex);
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
function capitalisedName(text: string, start: number, end: number): Speaker | null {
  const region = text.slice(start, end).replace(/\s+(?:also|later|again|previously|has|have|had)\s*$/i, '');
  const m = /((?:\p{Lu}[\p{Ll}\p{M}'’-]+\s+){0,3}\p{Lu}[\p{Ll}\p{M}'’-]+)\s*$/u.exec(region);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  if (words.length === 1 && start + m.index === start) {
    // A single capitalised word opening the clause may be a sentence-initial common word.
    if (/^(?:The|This|That|It|They|He|She|We|There|Officials|Police)$/.test(words[0])) return null;
  }
  return { name: m[1], key: null, side: null, kind: null, media: false, pronoun: false };
}

/** A pronoun subject right before `end` ("He said", "she added"). */
export function pronounBefore(text: string, start: number, end: number): string | null {
  const m = /\b(he|she|they)(?:\s+(?:also|later|again|then|further|previously|has|had|have))*\s*$/i.exec(text.slice(start, end));
  return m ? m[1].toLowerCase() : null;
}
