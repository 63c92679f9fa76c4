/**
 * The actors stage: finds the people, organisations, groups and media of an
 * article (and its places, kept apart in `doc.layers.places`), resolves every
 * mention to one canonical actor per real one, and fills `doc.actors` and
 * `doc.layers.mentions`.
 *
 *   scan       capitalised names with cues, titles, group nouns, gazetteer hits
 *   register   full names first (gazetteer, transliteration, discovered)
 *   acronyms   "(WOT)" or matching initials join the long name
 *   surnames   one-word names join the person who bears them; "Hearts of Oak" its "Accra …"
 *   groups     "Russian troops" → the country's armed forces; "the coastguard", "police said",
 *              "the Liberals" by the body named before or the story's country
 *   descriptions  "the union", "the charity's", "a company whose …" → the organisation described
 *   offices    "the US president", "his aide" → the person holding the role
 *   countries  places, and speakers when a country or capital speaks ("Nairobi said")
 *   pronouns   "he said" → the salient person before
 *   writers    the byline's and credits' names are dropped unless they speak in the story
 */
import type { Doc, Mention } from '../doc/doc.ts';
import type { Span } from '../types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Stage } from './stage.ts';
import { actorKey, fold, translitWord } from './actors/canonical.ts';
import { contextCountry, countCountries, dominantCountry } from './actors/context.ts';
import { sentenceWords } from './actors/doc-words.ts';
import { countryCue, institutionName } from './actors/groups.ts';
import { nameFits, nameWords, resolveDescriptions, singularHead } from './actors/descriptions.ts';
import { authorNames } from './actors/authors.ts';
import { type Country, type Institution, type Lexicon, lexicon } from './actors/lexicon.ts';
import { linkDualNames, linkKnownAs } from './actors/aliases.ts';
import { attributionIt, attributionPronoun, type PersonSlot, resolveIt, resolvePronoun } from './actors/pronouns.ts';
import { type DocActor, Registry } from './actors/registry.ts';
import { type Candidate, oblique, relativeClauseEnd, scanSentence, speechVerbAfter } from './actors/scan.ts';
import { parseApposition } from './actors/apposition.ts';
import { docQuotes, type QuoteSpan } from './quotes/spans.ts';
import { roleWords } from './actors/titles.ts';
import { FUNCTION_WORD, hasClass } from './actors/word-classes.ts';
import { LowerVocab } from './actors/lower-vocab.ts';
import type { Word } from './actors/words.ts';

export const actorsStage: Stage = {
  name: 'actors',
  requires: [],
  run(doc, kb) {
    extractActors(doc, kb);
  },
};

interface Resolved {
  cand: Candidate;
  actor: DocActor;
  how: string;
  sentence: number;
}

/** Separators after which a capital may only mark a clause start: full stops, colons, opening quotes, brackets, dashes. */
const CLAUSE_START_SEP = /[.!?:;\u201c\u2018\u00ab"'(\[\u2014\u2013|•·-]\s*$/;

/** What the stage learns from the article's casing, read in one pass over its words. */
interface Casing {
  /** Words the article writes in lower case somewhere. */
  lowerVocab: LowerVocab;
  /** Per sentence: written like a headline (most content words capitalised). */
  headlines: boolean[];
  /** Words written capitalised inside a sentence (not a headline, not at a clause start). */
  midCaps: Set<string>;
}

function readCasing(allWords: Word[][], lex: Lexicon): Casing {
  const lowerVocab = new LowerVocab(allWords);
  const midCaps = new Set<string>();
  const headlines: boolean[] = [];
  for (const words of allWords) {
    // a headline-style sentence: most content words (four letters or more, no function word) capitalised
    let content = 0;
    let caps = 0;
    for (const w of words) {
      const capital = w.cap || w.upper;
      if (w.fold.length < 4 || hasClass(w, lex, FUNCTION_WORD)) continue;
      content++;
      if (capital) caps++;
    }
    const headline = content >= 4 && caps / content >= 0.7;
    headlines.push(headline);
    if (headline) continue;
    for (let k = 1; k < words.length; k++) {
      const w = words[k];
      // a one-space gap (sep '') is no clause start
      if ((w.cap || w.upper) && (words[k - 1].sep === '' || !CLAUSE_START_SEP.test(words[k - 1].sep))) midCaps.add(w.fold);
    }
  }
  return { lowerVocab, headlines, midCaps };
}

export function extractActors(doc: Doc, kb: Knowledge): void {
  const lex = lexicon(kb);
  const allWords = sentenceWords(doc);
  const { lowerVocab, headlines, midCaps } = readCasing(allWords, lex);
  // a wire agency that writes the story is still a source like in any other article that credits it
  const ownOutlet = doc.article?.outlet ?? null;
  const outlet = outletForms(ownOutlet && !(doc.article?.wireCredits ?? []).some((w) => fold(w) === fold(ownOutlet)) ? ownOutlet : null, lex.mediaWordsFolded);
  const cands = allWords.map((words, s) => scanSentence(words, { lex, lowerVocab, headline: headlines[s], outlet, midCaps }));
  placesByMemory(cands);
  const counts = allWords.map((words) => countCountries(words, lex));
  const dominant = dominantCountry(counts);
  // the country of the first national body the article names ("Italy's coastguard"): the home of its other bodies
  let bodiesCountry: Country | null = null;
  for (const list of cands) for (const c of list) if (!bodiesCountry && c.type === 'group' && c.hit.countries.length === 1) bodiesCountry = c.hit.countries[0];
  const reg = new Registry(lex);
  const resolved: Resolved[] = [];
  const places: Span[] = [];
  const add = (cand: Candidate, actor: DocActor, how: string, sentence: number) => resolved.push({ cand, actor, how, sentence });

  // 1. full names: gazetteer hits, titled and discovered names of two words or more, organisations
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'name') continue;
      if (c.entry) add(c, reg.addKnown(c.entry, c.role, c.gender), c.how, s);
      else if (c.kind !== 'person' || c.w1 - c.w0 >= 2) {
        // "the Ministry of Migration and Asylum" in a story mainly about Greece: the "Greek Ministry of …", as templates name ministries
        const own = c.kind === 'organisation' && !c.side && MINISTRY_NAME.test(c.name) && !namesCountry(allWords[s], c.w0, c.w1, lex);
        const home = own ? dominant : null;
        const named = home && home.adj[0] ? `${home.adj.find((a) => !/s$/.test(a)) ?? home.adj[0]} ${c.name}` : c.name;
        add(c, reg.addDiscovered(named, c.kind, c.side ?? home?.name ?? null, c.role, c.gender), c.how, s);
      }
    }
  });

  // 1b. acronyms defined in parentheses or by their initials join the long name ("… Workers of Tarland (WOT)")
  const defined = linkAcronyms(cands, resolved, reg, doc.text, allWords, lex);

  // 2. one-word person names: a surname of someone in the article, a short form of an organisation
  //    ("Tarvex" after "Tarvex Networks"), a known person's surname, else a new actor when a cue says so
  const orgsByFirst = orgFirstWords(reg, lex);
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'name' || c.entry || c.kind !== 'person' || c.w1 - c.w0 >= 2) continue;
      // a short name the article defined in parentheses ("… Corp. (Velrail)"), cue or not
      const body = defined.get(actorKey(c.name));
      if (body) {
        add(c, body, 'short', s);
        continue;
      }
      const person = reg.findPerson(c.name);
      if (person) {
        add(c, person, 'surname', s);
        continue;
      }
      const org = orgsByFirst.get(fold(c.name));
      if (org) {
        add(c, org, 'short', s);
        continue;
      }
      const known = lex.personBySurname.get(translitWord(c.name));
      if (known && c.name.length >= 4) {
        add(c, reg.addKnown(known), 'surname', s);
        continue;
      }
      if (!c.cue || lex.functionWords.has(translitWord(c.name))) continue;
      const kind = c.orgIfUnknown && !c.role && !lex.firstNames.has(fold(c.name)) ? 'organisation' : 'person';
      add(c, reg.addDiscovered(c.name, kind, c.side, kind === 'person' ? c.role : null, c.gender), c.how, s);
    }
  });

  // 2b. "Hearts of Oak" after "Accra Hearts of Oak": a name that another drops its place word from
  linkPlaceShortForms(resolved, allWords, lex);

  // 3. group nouns and contextual institutions
  const namedBodies = resolved.filter((r) => r.cand.type === 'name' && r.actor.kind !== 'person' && r.actor.kind !== 'country');
  const lastBody = new Map<string, DocActor>();
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'group') continue;
      let countries = c.hit.countries;
      if (countries.length === 0) {
        const side = c.personSide ? lex.countryByName.get(fold(c.personSide)) : null;
        // "the coastguard" after "Italy's coastguard": the body of that type named before;
        // "the central bank" after "the Tarvel Central Bank": the body already named in the article
        // (a body the article names outranks one an earlier group noun was read as: "Russian losses …, General Staff says" in a headline)
        const named = side ? null : namedInstitution(doc.text.slice(c.start, c.end), namedBodies, c.start, lex) ?? lastBody.get(c.hit.inst.type);
        if (named) {
          add(c, named, 'context', s);
          lastBody.set(c.hit.inst.type, named);
          continue;
        }
        const wide = c.hit.inst.contextual ? bodiesCountry ?? dominant : null;
        // "the government" in a story about one country: that country, unless its own sentence names another
        const local = side ?? (wide && (counts[s]?.size ?? 0) === 0 ? wide : contextCountry(counts, s, true));
        // a body only the gazetteer names (a party) falls back to the story's main country when the local one has none
        const chosen = nameable(local, c.hit.inst, lex) ? local : nameable(wide, c.hit.inst, lex) ? wide : null;
        if (!chosen) continue;
        countries = [chosen];
      }
      for (const country of countries) {
        const inst = institutionName(c.hit.inst, country, lex);
        if (!inst) continue;
        const actor = inst.entry
          ? reg.addKnown(inst.entry)
          : inst.kind === 'country'
            ? reg.addCountry(inst.name)
            : reg.addDiscovered(inst.name, inst.kind, country.name, null, null);
        add(c, actor, c.hit.countries.length ? 'group' : 'context', s);
        if (actor.kind !== 'country') lastBody.set(c.hit.inst.type, actor);
      }
    }
  });

  // 3b. "the ministry", "the union's figures", "a charity whose …": the organisation of the article that the noun describes
  resolveDescriptions(cands, resolved, allWords, lex, lowerVocab, add);

  // 3c. names the article declares one body's: "Natural Resources Wales – Cyfoeth Naturiol Cymru", "The agency, known as Health NZ,"
  linkKnownAs(resolved, allWords);
  const linked = linkDualNames(resolved, allWords, lex.firstNames);
  if (linked !== resolved) resolved.splice(0, resolved.length, ...linked);

  // 4. offices standing for a person ("the US president", "his aide")
  const order = lastSeen(resolved);
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'office') continue;
      const actor = resolveOffice(c, reg, lex, order, c.start);
      if (actor) add(c, actor, 'title', s);
    }
  });

  // 5. countries and places; a country or capital that speaks is an actor
  cands.forEach((list, s) => {
    const words = allWords[s];
    for (const c of list) {
      if (c.type === 'place') places.push(doc.span(c.start, c.end));
      if (c.type !== 'country') continue;
      places.push(doc.span(c.start, c.end));
      if (speaks(words, c.w0, c.w1, lex) || (!c.capital && actsAsParty(words, c.w0, c.w1, lex))) {
        // a capital speaks for its country ("Moscow says" → Russia, as news readers take it), or for the body it hosts ("Brussels" → EU)
        const name = c.capital ? c.country.speaksAs ?? c.country.name : c.country.name;
        add(c, reg.addCountry(name), c.capital ? 'metonym' : 'country', s);
      }
    }
  });

  // 6. pronouns that attribute speech
  const slots: PersonSlot[][] = allWords.map(() => []);
  const quoted = docQuotes(doc);
  for (const r of resolved) {
    if (r.actor.kind !== 'person' || r.cand.type === 'group' || r.cand.type === 'country' || r.cand.type === 'place') continue;
    // a person named inside a quotation is not whom a "he said" after it refers to
    if (insideQuote(quoted, r.cand.start)) continue;
    const words = allWords[r.sentence];
    const p0 = r.cand.type === 'name' ? r.cand.p0 : r.cand.w0;
    slots[r.sentence].push({ actor: r.actor, w0: r.cand.w0, w1: r.cand.w1, speaks: speaks(words, r.cand.w0, r.cand.w1, lex), afterPreposition: oblique(words, p0, lex) });
  }
  for (const list of slots) list.sort((a, b) => a.w0 - b.w0);
  // bodies that speak or open their sentence, for "it said"
  const bodySlots: PersonSlot[][] = allWords.map(() => []);
  for (const r of resolved) {
    if (r.actor.kind !== 'organisation' && r.actor.kind !== 'group') continue;
    if (insideQuote(quoted, r.cand.start)) continue;
    const words = allWords[r.sentence];
    // the sentence's subject: nothing but "The" and lower-case descriptors before it ("The state weather agency AEMET recorded …")
    let opens = r.cand.w0 <= 6;
    for (let k = 0; k < r.cand.w0 && opens; k++) opens = words[k].sep === '' && (k === 0 ? !words[k].cap || words[k].fold === 'the' : !words[k].cap && !words[k].upper);
    if (opens || speaks(words, r.cand.w0, r.cand.w1, lex)) bodySlots[r.sentence].push({ actor: r.actor, w0: r.cand.w0, w1: r.cand.w1, speaks: true, afterPreposition: false });
  }
  for (const list of bodySlots) list.sort((a, b) => a.w0 - b.w0);
  const mentions: Mention[] = [];
  allWords.forEach((words, s) => {
    for (let k = 0; k < words.length; k++) {
      if (attributionIt(words, k, lex)) {
        const body = resolveIt(bodySlots, s, k);
        if (body) mentions.push(mention(doc, words[k].start, words[k].end, body.key, s, 'pronoun'));
        continue;
      }
      const gender = attributionPronoun(words, k, lex);
      if (!gender) continue;
      const actor = resolvePronoun(slots, s, k, gender);
      if (!actor) continue;
      const w = words[k];
      mentions.push(mention(doc, w.start, w.end, actor.key, s, 'pronoun'));
      slots[s].push({ actor, w0: k, w1: k + 1, speaks: true, afterPreposition: false });
      slots[s].sort((a, b) => a.w0 - b.w0);
    }
  });

  // the article's own writers are no actors unless they speak in the story
  const authors = authorNames(doc, allWords, lex);
  const writers = new Set<string>();
  if (authors.size > 0) {
    for (const a of reg.actors.values()) if (a.kind === 'person' && authors.has(actorKey(a.name))) writers.add(a.key);
    if (writers.size > 0) {
      for (const r of resolved) {
        if (writers.has(r.actor.key) && (speaks(allWords[r.sentence], r.cand.w0, r.cand.w1, lex) || quotedNear(quoted, r.cand.start, r.cand.end))) writers.delete(r.actor.key);
      }
      for (const m of mentions) if (m.how === 'pronoun') writers.delete(m.actorKey);
    }
  }
  for (const r of resolved) if (!writers.has(r.actor.key)) mentions.push(mention(doc, r.cand.start, r.cand.end, r.actor.key, r.sentence, r.how));
  if (writers.size > 0) {
    for (let k = mentions.length - 1; k >= 0; k--) if (writers.has(mentions[k].actorKey)) mentions.splice(k, 1);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.layers.mentions.push(...dedupe(mentions));
  doc.layers.places.push(...dedupeSpans(places));
  const mentioned = new Set(mentions.map((m) => m.actorKey));
  for (const a of reg.actors.values()) {
    if (!mentioned.has(a.key)) continue;
    doc.actors.set(a.key, { key: a.key, name: a.name, kind: a.kind, side: a.side, role: a.role ?? a.roles[0] ?? null, known: a.known });
  }
}

/** A mention of `doc.text[start, end)` (the fields of `doc.span`, then the actor's; built directly, an object spread is slow here). */
function mention(doc: Doc, start: number, end: number, actorKey: string, sentence: number, how: string): Mention {
  return { start, end, text: doc.text.slice(start, end), actorKey, sentence, how };
}

/** Is the phrase at words [w0, w1) the subject of a speech verb, or the source after "according to"? */
export function speaks(words: Word[], w0: number, w1: number, lex: Lexicon): boolean {
  if (w0 > 1 && words[w0 - 2].fold === 'according' && words[w0 - 1].fold === 'to') return true;
  // "according to the chancellery" (a description starts at its noun)
  if (w0 > 2 && words[w0 - 1].fold === 'the' && words[w0 - 3].fold === 'according' && words[w0 - 2].fold === 'to') return true;
  if (oblique(words, w0, lex)) return false;
  let e = w1;
  const app = parseApposition(words, e, lex);
  if (app) e = app.end;
  if (speechVerbAfter(words, e, lex) >= 0) return true;
  // "X, which brokered the deal, said"
  const rel = relativeClauseEnd(words, w1);
  if (rel > 0 && speechVerbAfter(words, rel, lex) >= 0) return true;
  // `,” said X`: a speech verb right after a closing quotation mark
  const verb = words[w0 - 1];
  return w0 > 0 && lex.speechVerbs.has(verb.fold) && !verb.fold.endsWith('ing') && (w0 === 1 || /["\u201d\u00bb']/.test(words[w0 - 2].sep));
}

/** Can the body `inst` of country `k` be named (by its template or the gazetteer)? */
function nameable(k: Country | null, inst: Institution, lex: Lexicon): k is Country {
  return k !== null && (inst.template !== '' || institutionName(inst, k, lex) !== null);
}

/** Character position of each actor's last resolved mention, for choosing among office holders. */
function lastSeen(resolved: Resolved[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of resolved) {
    const list = out.get(r.actor.key) ?? [];
    list.push(r.cand.start);
    out.set(r.actor.key, list);
  }
  return out;
}

function resolveOffice(c: Extract<Candidate, { type: 'office' }>, reg: Registry, lex: Lexicon, seen: Map<string, number[]>, pos: number): DocActor | null {
  const head = c.title.head;
  const possessor = c.possessor ? reg.actors.get(actorKey(c.possessor)) ?? reg.findPerson(c.possessor) : null;
  // (a body's office, "BSP governor", is held by someone of that body, whatever the body's country)
  const bodyOffice = possessor !== null && possessor.kind === 'organisation';
  const side = c.title.side ?? (bodyOffice ? null : possessor?.side) ?? (c.possessor && lex.countryByName.get(fold(c.possessor)) ? c.possessor : null);
  const holders = [...reg.actors.values()].filter(
    (a) =>
      a.kind === 'person' &&
      a !== possessor &&
      a.roles.some((r) => roleWords(r).has(head)) &&
      (!side || a.side === side || a.roles.some((r) => fold(r).includes(fold(side)))),
  );
  if (holders.length === 1) return holders[0];
  const officeKey = fold(c.title.text).replace(/[’]/g, "'");
  const byOffice = lex.offices.get(officeKey);
  if (byOffice) return reg.addKnown(byOffice);
  if (holders.length > 1) {
    // the holder mentioned last before, else the first mentioned after
    let best: DocActor | null = null;
    let bestPos = -1;
    for (const a of holders) {
      for (const p of seen.get(a.key) ?? []) if (p < pos && p > bestPos) ((best = a), (bestPos = p));
    }
    return best ?? holders[0];
  }
  return null;
}

/** Drop repeated mentions (same offsets and actor); `mentions` is sorted by start, then end. */
function dedupe(mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => {
    for (let j = i - 1; j >= 0 && mentions[j].start === m.start; j--) {
      if (mentions[j].end === m.end && mentions[j].actorKey === m.actorKey) return false;
    }
    return true;
  });
}

function dedupeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.filter((s, i) => i === 0 || spans[i - 1].start !== s.start || spans[i - 1].end !== s.end);
}


/** Folded forms of the article's outlet: the name with and without "the", and its last word ("courier"). */
function outletForms(outlet: string | null, mediaWords: Set<string>): Set<string> {
  const out = new Set<string>();
  if (!outlet) return out;
  const words = fold(outlet).replace(/[^\p{L}\p{N}'& ]+/gu, ' ').split(/\s+/).filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (words.length === 0) return out;
  out.add(words.join(' '));
  out.add(['the', ...words].join(' '));
  if (words.length >= 2) out.add(words[words.length - 1]);
  // "TechWire Daily" → "techwire": the name without a trailing press word
  if (words.length >= 2 && mediaWords.has(words[words.length - 1])) out.add(words.slice(0, -1).join(' '));
  return out;
}

/** A discovered person name that the article also uses as a place ("the city of Tarvel" … "Tarvel") is a place. */
function placesByMemory(cands: Candidate[][]): void {
  const places = new Set<string>();
  for (const list of cands) for (const c of list) if (c.type === 'place') places.add(fold(c.name));
  if (places.size === 0) return;
  for (const list of cands) {
    for (let k = 0; k < list.length; k++) {
      const c = list[k];
      if (c.type === 'name' && !c.entry && c.kind === 'person' && c.how === 'discovered' && places.has(fold(c.name))) {
        list[k] = { type: 'place', start: c.start, end: c.end, w0: c.w0, w1: c.w1, name: c.name };
      }
    }
  }
}

const INITIAL_SKIP = new Set(['of', 'for', 'the', 'and', '&', 'on', 'de', 'la', 'del', 'des', 'du']);

/** Initials of a name's significant words ("Allied Dockworkers of Tarland" → "adt"). */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (w && !INITIAL_SKIP.has(w.toLowerCase())) out += w[0];
  return out.toLowerCase();
}

/** Do the letters of `acronym` start `name` and appear in it in order ("tnv" in "tarvel nova")? */
function abbreviates(acronym: string, name: string): boolean {
  if (!acronym || acronym[0] !== name[0]) return false;
  let k = 0;
  for (let i = 0; i < name.length && k < acronym.length; i++) if (name[i] === acronym[k]) k++;
  return k === acronym.length;
}

/**
 * Acronyms and long names as one actor: "(WOT)" right after a name defines it;
 * otherwise an unknown acronym whose letters are the initials of an
 * organisation of the article (with or without a leading acronym: "UN Office
 * for …" → "OFA…") joins it.
 */
function linkAcronyms(cands: Candidate[][], resolved: Resolved[], reg: Registry, text: string, allWords: Word[][], lex: Lexicon): Map<string, DocActor> {
  const byCand = new Map<Candidate, DocActor>();
  for (const r of resolved) byCand.set(r.cand, r.actor);
  const alias = new Map<string, DocActor>();
  // the acronyms written in full in parentheses ("Pacific CDC"), not the last word taken from them ("CDC")
  const whole = new Set<string>();
  for (const list of cands) {
    for (let k = 1; k < list.length; k++) {
      const c = list[k];
      if (c.type !== 'name' || !c.defines) continue;
      // the name that ends where the parenthesis opens (names found inside it come after it in the list)
      let b = k - 1;
      while (b > 0 && list[b].w1 !== c.w0 && list[b].w0 > list[b - 1].w0) b--;
      const before = list[b];
      const target = byCand.get(before) ?? null;
      if (!target || before.w1 !== c.w0) continue;
      // "the left-wing Tarvel Nova (TN)": a name its own initials abbreviate is an organisation
      if (target.kind === 'person' && !target.known && abbreviates(actorKey(c.name), fold(target.name))) {
        target.kind = 'organisation';
        target.gender = null;
      }
      if (target.kind !== 'person') {
        alias.set(actorKey(c.name), target);
        whole.add(actorKey(c.name));
        // "(Africa CDC)": its acronym alone ("CDC said") stands for it too
        const last = c.name.split(' ').pop()!;
        if (last !== c.name && /^\p{Lu}{2,6}$/u.test(last)) alias.set(actorKey(last), target);
      }
    }
  }
  const orgs = [...reg.actors.values()].filter((a) => a.kind !== 'person' && a.name.includes(' '));
  for (const r of resolved) {
    if (r.cand.type !== 'name') continue;
    // an acronym the article defines for its own long name outranks the gazetteer's body of that acronym ("Pacific CDC" … "CDC said")
    const defined = r.actor.known && r.cand.w1 - r.cand.w0 === 1 && (whole.has(actorKey(r.cand.name)) || !otherBodyMeant(r, text, allWords, lex)) ? alias.get(actorKey(r.cand.name)) : undefined;
    if (defined) {
      r.actor = defined;
      continue;
    }
    if (r.actor.known || (r.cand.w1 - r.cand.w0 !== 1 && !alias.has(r.actor.key))) continue;
    const key = r.actor.key;
    let target = alias.get(key);
    if (!target && /^[A-Z]{2,6}$/.test(r.actor.name)) {
      target = orgs.find((o) => o !== r.actor && (initials(o.name) === key || initials(o.name.replace(/^\S+\s+/, '')) === key));
    }
    if (target && target !== r.actor) r.actor = target;
  }
  // "Water SB" after "Water Services Brenmark": the same words, then the initials of the rest
  for (const r of resolved) {
    if (r.cand.type !== 'name' || r.actor.known || r.actor.kind === 'person' || r.cand.w1 - r.cand.w0 < 2) continue;
    const cut = r.actor.name.lastIndexOf(' ');
    const tail = r.actor.name.slice(cut + 1);
    if (!/^[A-Z]{2,4}$/.test(tail)) continue;
    const head = r.actor.name.slice(0, cut + 1);
    const target = orgs.find((o) => o !== r.actor && o.name.startsWith(head) && o.name.length > head.length + tail.length && initials(o.name.slice(head.length)) === tail.toLowerCase());
    if (target) r.actor = target;
  }
  return alias;
}

/**
 * A discovered name that repeats another discovered name of the article
 * without its leading place or country adjective ("Hearts of Oak" / "Accra
 * Hearts of Oak", "Premier League" / "Ghana Premier League", "Reserve Bank" /
 * "South African Reserve Bank") is the same actor.
 */
function linkPlaceShortForms(resolved: Resolved[], allWords: Word[][], lex: Lexicon): void {
  const long = new Map<string, DocActor>();
  for (const r of resolved) {
    // (the long form may be a gazetteer entry: "South African Reserve Bank")
    if (r.cand.type !== 'name' || r.cand.w1 - r.cand.w0 < 3) continue;
    const words = allWords[r.sentence];
    const place =
      lex.names.match(words, r.cand.w0).find((m) => m.value.type !== 'actor' && m.end < r.cand.w1 && words[m.end - 1].sep === '') ??
      // "South African Reserve Bank" / "Reserve Bank": a country adjective before at least two name words
      lex.adjectives.match(words, r.cand.w0).find((m) => m.end <= r.cand.w1 - 2 && words[m.end - 1].sep === '' && !words[m.end - 1].poss);
    if (!place) continue;
    const rest = actorKey(words.slice(place.end, r.cand.w1).map((w) => w.text).join(' '));
    if (!long.has(rest)) long.set(rest, r.actor);
  }
  if (long.size === 0) return;
  for (const r of resolved) {
    if (r.cand.type !== 'name' || r.actor.known) continue;
    const target = long.get(r.actor.key);
    if (target && target !== r.actor) r.actor = target;
  }
}

/** The word a body's short form keeps: its first word, or the other word of a club named with its letters ("FC Velmar", "Velmar FC" → "Velmar"). */
function shortWord(name: string, lex: Lexicon): string {
  const parts = name.split(' ');
  if (parts.length === 2 && lex.clubLetters.has(parts[0])) return parts[1];
  if (parts.length === 2 && lex.clubLetters.has(parts[1])) return parts[0];
  return parts[0];
}

/** Does the article mean the gazetteer's body by this acronym: it names that body in full, or a country stands before the acronym ("the US CDC")? */
function otherBodyMeant(r: Resolved, text: string, allWords: Word[][], lex: Lexicon): boolean {
  if (text.includes(r.actor.name)) return true;
  const prev = allWords[r.sentence][r.cand.w0 - 1];
  return prev !== undefined && prev.sep === '' && (lex.countryByName.has(prev.fold) || lex.adjectives.match(allWords[r.sentence], r.cand.w0 - 1).length > 0);
}

/** Organisations of the article by their first word, for short forms ("Tarvex" → "Tarvex Networks"); ambiguous words are left out. */
function orgFirstWords(reg: Registry, lex: Lexicon): Map<string, DocActor> {
  const out = new Map<string, DocActor>();
  const seen = new Set<string>();
  for (const a of reg.actors.values()) {
    if (a.kind === 'person' || a.kind === 'country' || !a.name.includes(' ')) continue;
    const first = shortWord(a.name, lex);
    const f = fold(first).replace(/'s$/, '');
    if (f.length < 3 || lex.orgWords.has(first) || lex.functionWords.has(f) || lex.modifiers.has(f) || lex.placePrefixes.has(first) || lex.adjectives.starts({ key: f, fold: f, poss: false } as Word)) continue;
    if (seen.has(f)) out.delete(f);
    else out.set(f, a);
    seen.add(f);
  }
  return out;
}

/**
 * The body named in the article whose name holds every word of a contextual
 * noun ("central bank" → "Tarvel Central Bank"), or whose name fits its head
 * ("police" → "Tarvel Police Service"): the last one before `pos`, else the
 * first one after.
 */
function namedInstitution(noun: string, resolved: Resolved[], pos: number, lex: Lexicon): DocActor | null {
  const need = fold(noun).split(/\s+/).filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an');
  if (need.length === 0) return null;
  const head = singularHead(need[need.length - 1]);
  let before: DocActor | null = null;
  let after: DocActor | null = null;
  for (const r of resolved) {
    if (r.actor.kind === 'person' || r.actor.kind === 'country' || r.cand.type !== 'name') continue;
    const words = nameWords(r.actor);
    // "the statistics agency" fits "Statistics Norway": every word but a generic head ("agency")
    const fits =
      need.every((w) => words.has(w)) ||
      (need.length === 1 && nameFits(r.actor, head, lex)) ||
      (need.length >= 2 && lex.genericBodyHeads.has(head) && need.slice(0, -1).every((w) => words.has(w)));
    if (!fits) continue;
    if (r.cand.start < pos) before = r.actor;
    else if (!after) after = r.actor;
  }
  return before ?? after;
}

/** Is a quotation right before or after the mention (`“…,” said X`, `X: “…”`)? */
function quotedNear(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  for (const q of spans) if ((q.end <= start && start - q.end <= 12) || (q.start >= end && q.start - end <= 4)) return true;
  return false;
}

/** Is character `pos` inside one of the (sorted) quotation spans? */
function insideQuote(spans: readonly QuoteSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < spans[mid].start) hi = mid - 1;
    else if (pos >= spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Does a country or its adjective stand among words [w0, w1) ("Ministry of Defence of Ukraine")? */
function namesCountry(words: Word[], w0: number, w1: number, lex: Lexicon): boolean {
  for (let k = w0; k < w1; k++) if (countryCue(words, k, lex)) return true;
  return false;
}

/** A ministry named without its country ("Ministry of Migration and Asylum"). */
const MINISTRY_NAME = /^Ministry\s+(?:of|for)\s+\p{Lu}/u;

/** Past-tense forms that describe a state or a place, not a country's act ("Russia-based", "Ukraine located"). */
const PERFECT = new Set(['has', 'had', 'have']);
const NOT_ACTS = new Set(['based', 'located', 'situated', 'bordered', 'surrounded', 'known', 'called', 'named', 'ranked', 'listed']);

/**
 * A country acting as a party: the subject opening its clause, right before a
 * verb in the past tense ("Russia attacked Ukraine overnight", "…, and Ukraine
 * returned 84 soldiers"), not a place ("in Russia", "Russia's army").
 */
function actsAsParty(words: Word[], w0: number, w1: number, lex: Lexicon): boolean {
  const last = words[w1 - 1];
  const next = words[w1];
  if (!next || last.poss || last.sep !== '' || next.cap || next.upper) return false;
  const opens = w0 === 0 || words[w0 - 1].sep !== '' || words[w0 - 1].fold === 'and' || words[w0 - 1].fold === 'but' || words[w0 - 1].fold === 'that' || lex.speechVerbs.has(words[w0 - 1].fold);
  const pastAt = (w: Word | undefined) => w !== undefined && !w.cap && ((/[a-z]{2,}ed$/.test(w.fold) && !NOT_ACTS.has(w.fold)) || lex.irregularPast.has(w.fold));
  // "Russia attacked …", "Ukraine brought home …", "Russia has launched …"
  if (pastAt(next)) return opens && words[w1 + 1]?.fold !== 'by';
  return opens && PERFECT.has(next.fold) && next.sep === '' && pastAt(words[w1 + 1]) && words[w1 + 2]?.fold !== 'by';
}

