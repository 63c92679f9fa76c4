/**
 * The actors stage: finds the people, organisations, groups and media of an
 * article (and its places, kept apart in `doc.layers.places`), resolves every
 * mention to one canonical actor per real one, and fills `doc.actors` and
 * `doc.layers.mentions`.
 *
 *   scan       capitalised names with cues, titles, group nouns, gazetteer hits
 *   register   full names first (gazetteer, transliteration, discovered)
 *   surnames   one-word names join the person who bears them
 *   groups     "Russian troops" → the country's armed forces; "the defence ministry" by context
 *   offices    "the US president", "his aide" → the person holding the role
 *   countries  places, and speakers when a country or capital speaks ("Moscow said")
 *   pronouns   "he said" → the salient person before
 */
import type { Doc, Mention } from '../doc/doc.ts';
import type { Span } from '../types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Stage } from './stage.ts';
import { actorKey, fold, translitWord } from './actors/canonical.ts';
import { contextCountry, countCountries } from './actors/context.ts';
import { sentenceWords } from './actors/doc-words.ts';
import { institutionName } from './actors/groups.ts';
import { type Lexicon, lexicon } from './actors/lexicon.ts';
import { attributionPronoun, type PersonSlot, resolvePronoun } from './actors/pronouns.ts';
import { type DocActor, Registry } from './actors/registry.ts';
import { type Candidate, oblique, scanSentence, speechVerbAfter } from './actors/scan.ts';
import { parseApposition } from './actors/apposition.ts';
import { roleWords } from './actors/titles.ts';
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

/** Words the article writes in lower case somewhere. */
function lowerVocabulary(allWords: Word[][]): Set<string> {
  const out = new Set<string>();
  for (const words of allWords) for (const w of words) if (!w.cap && !w.upper) out.add(w.fold);
  return out;
}

/** A headline-style sentence: most content words capitalised. */
function isHeadline(words: Word[], lex: Lexicon): boolean {
  let content = 0;
  let caps = 0;
  for (const w of words) {
    if (w.fold.length < 4 || lex.functionWords.has(w.fold)) continue;
    content++;
    if (w.cap || w.upper) caps++;
  }
  return content >= 4 && caps / content >= 0.7;
}

export function extractActors(doc: Doc, kb: Knowledge): void {
  const lex = lexicon(kb);
  const allWords = sentenceWords(doc);
  const lowerVocab = lowerVocabulary(allWords);
  const cands = allWords.map((words) => scanSentence(words, { lex, lowerVocab, headline: isHeadline(words, lex) }));
  const counts = allWords.map((words) => countCountries(words, lex));
  const reg = new Registry(lex);
  const resolved: Resolved[] = [];
  const places: Span[] = [];
  const add = (cand: Candidate, actor: DocActor, how: string, sentence: number) => resolved.push({ cand, actor, how, sentence });

  // 1. full names: gazetteer hits, titled and discovered names of two words or more, organisations
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'name') continue;
      if (c.entry) add(c, reg.addKnown(c.entry, c.role, c.gender), c.how, s);
      else if (c.kind !== 'person' || c.w1 - c.w0 >= 2) add(c, reg.addDiscovered(c.name, c.kind, c.side, c.role, c.gender), c.how, s);
    }
  });

  // 2. one-word person names: a surname of someone in the article, else a new person when a cue says so
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'name' || c.entry || c.kind !== 'person' || c.w1 - c.w0 >= 2) continue;
      const person = reg.findPerson(c.name);
      if (person) add(c, person, 'surname', s);
      else if (c.cue && !lex.functionWords.has(translitWord(c.name))) add(c, reg.addDiscovered(c.name, 'person', c.side, c.role, c.gender), c.how, s);
    }
  });

  // 3. group nouns and contextual institutions
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'group') continue;
      let countries = c.hit.countries;
      if (countries.length === 0) {
        const side = c.personSide ? lex.countryByName.get(fold(c.personSide)) : null;
        const ctx = side ?? contextCountry(counts, s);
        if (!ctx) continue;
        countries = [ctx];
      }
      for (const country of countries) {
        const inst = institutionName(c.hit.inst, country, lex);
        const actor = inst.entry
          ? reg.addKnown(inst.entry)
          : inst.kind === 'country'
            ? reg.addCountry(inst.name)
            : reg.addDiscovered(inst.name, inst.kind, country.name, null, null);
        add(c, actor, c.hit.countries.length ? 'group' : 'context', s);
      }
    }
  });

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
      if (speaks(words, c.w0, c.w1, lex)) {
        const name = c.capital ? c.country.speaksAs ?? c.country.government ?? c.country.name : c.country.name;
        add(c, reg.addCountry(name), c.capital ? 'metonym' : 'country', s);
      }
    }
  });

  // 6. pronouns that attribute speech
  const slots: PersonSlot[][] = allWords.map(() => []);
  for (const r of resolved) {
    if (r.actor.kind !== 'person' || r.cand.type === 'group' || r.cand.type === 'country' || r.cand.type === 'place') continue;
    const words = allWords[r.sentence];
    const p0 = r.cand.type === 'name' ? r.cand.p0 : r.cand.w0;
    slots[r.sentence].push({ actor: r.actor, w0: r.cand.w0, w1: r.cand.w1, speaks: speaks(words, r.cand.w0, r.cand.w1, lex), afterPreposition: oblique(words, p0, lex) });
  }
  for (const list of slots) list.sort((a, b) => a.w0 - b.w0);
  const mentions: Mention[] = [];
  allWords.forEach((words, s) => {
    for (let k = 0; k < words.length; k++) {
      const gender = attributionPronoun(words, k, lex);
      if (!gender) continue;
      const actor = resolvePronoun(slots, s, k, gender);
      if (!actor) continue;
      const w = words[k];
      mentions.push({ ...doc.span(w.start, w.end), actorKey: actor.key, sentence: s, how: 'pronoun' });
      slots[s].push({ actor, w0: k, w1: k + 1, speaks: true, afterPreposition: false });
      slots[s].sort((a, b) => a.w0 - b.w0);
    }
  });

  for (const r of resolved) mentions.push({ ...doc.span(r.cand.start, r.cand.end), actorKey: r.actor.key, sentence: r.sentence, how: r.how });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.layers.mentions.push(...dedupe(mentions));
  doc.layers.places.push(...dedupeSpans(places));
  const mentioned = new Set(mentions.map((m) => m.actorKey));
  for (const a of reg.actors.values()) {
    if (!mentioned.has(a.key)) continue;
    doc.actors.set(a.key, { key: a.key, name: a.name, kind: a.kind, side: a.side, role: a.role ?? a.roles[0] ?? null, known: a.known });
  }
}

/** Is the phrase at words [w0, w1) the subject of a speech verb, or the source after "according to"? */
export function speaks(words: Word[], w0: number, w1: number, lex: Lexicon): boolean {
  if (w0 > 1 && words[w0 - 2].fold === 'according' && words[w0 - 1].fold === 'to') return true;
  if (oblique(words, w0, lex)) return false;
  let e = w1;
  const app = parseApposition(words, e, lex);
  if (app) e = app.end;
  if (speechVerbAfter(words, e, lex) >= 0) return true;
  // `,” said X`: a speech verb right after a closing quotation mark
  const verb = words[w0 - 1];
  return w0 > 0 && lex.speechVerbs.has(verb.fold) && !verb.fold.endsWith('ing') && (w0 === 1 || /["\u201d\u00bb']/.test(words[w0 - 2].sep));
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
  const side = c.title.side ?? possessor?.side ?? (c.possessor && lex.countryByName.get(fold(c.possessor)) ? c.possessor : null);
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

