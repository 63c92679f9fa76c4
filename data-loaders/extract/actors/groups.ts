/**
 * Group nouns that stand for an institution of a country: "Russian forces",
 * "Kyiv's troops", "North Korean soldiers", "Russia's Ministry of Defence",
 * "the Sudanese and Chadian allied militias". A contextual type ("the defence
 * ministry", "the general staff") may come without a country; the stage then
 * takes the country from the context. Naming the body is `institutionName`.
 */
import type { ActorKind } from '../../doc/doc.ts';
import { actorKey } from './canonical.ts';
import type { Country, GazEntry, Institution, Lexicon } from './lexicon.ts';
import type { Word } from './words.ts';

export interface GroupHit {
  start: number;
  end: number;
  inst: Institution;
  /** Countries named before the noun; empty for a contextual mention. */
  countries: Country[];
}

const CONTEXT_DETERMINERS = new Set(['the', 'a', 'an']);

/** A country cue at `i`: adjective, country name or capital (possibly possessive). */
function countryCue(words: Word[], i: number, lex: Lexicon): { end: number; country: Country } | null {
  const w = words[i];
  if (!w || (!w.cap && !w.upper)) return null;
  const adj = lex.adjectives.match(words, i)[0];
  let best: { end: number; country: Country } | null = adj ? { end: adj.end, country: adj.value } : null;
  for (const m of lex.names.match(words, i)) {
    if (m.value.type !== 'country') continue;
    if (!best || m.end > best.end) best = { end: m.end, country: m.value.country };
    break;
  }
  return best;
}

/** Parse a group noun phrase starting at word `i`. */
export function parseGroup(words: Word[], i: number, lex: Lexicon): GroupHit | null {
  if (!words[i].cap && !words[i].upper && !CONTEXT_DETERMINERS.has(words[i].fold)) return bareGroup(words, i, lex);
  const countries: Country[] = [];
  let j = i;
  for (;;) {
    const cue = countryCue(words, j, lex);
    if (!cue) break;
    countries.push(cue.country);
    j = cue.end;
    const last = words[j - 1];
    if (last.poss) break;
    const next = words[j];
    if (last.sep === '/' || last.sep === ',') continue;
    if (last.sep === '' && next && (next.fold === 'and' || next.fold === 'or') && countryCue(words, j + 1, lex)) {
      j++;
      continue;
    }
    break;
  }
  let contextual = false;
  if (countries.length === 0) {
    if (!CONTEXT_DETERMINERS.has(words[i].fold) || words[i].sep !== '') return bareGroup(words, i, lex);
    contextual = true;
    j = i + 1;
  } else if (words[j - 1].sep !== '' && words[j - 1].sep !== '-') return null;
  for (let k = 0; k < 2 && j < words.length && lex.institutionFillers.has(words[j].fold) && words[j].sep === ''; k++) j++;
  const m = lex.institutionNouns.match(words, j)[0];
  if (!m) return null;
  if (contextual && !m.value.contextual) return null;
  // "Russian army Gen. X" is a title, and "the defence ministry of Ukraine" names the country after
  const start = contextual ? i + 1 : i;
  return { start, end: m.end, inst: m.value, countries };
}

/**
 * A bare institution noun that stands for the body of the story's country
 * ("police said", "Police fired tear gas"); not before a capitalised word,
 * where it starts a name or a title ("Police Commissioner Jane Doe").
 */
function bareGroup(words: Word[], i: number, lex: Lexicon): GroupHit | null {
  const m = lex.institutionNouns.match(words, i)[0];
  if (!m || !m.value.bare) return null;
  const last = words[m.end - 1];
  const next = words[m.end];
  if (next && last.sep === '' && (next.cap || next.upper)) return null;
  // "riot police", "traffic police": a modifier before makes it a unit, still the same body
  return { start: i, end: m.end, inst: m.value, countries: [] };
}

/** The name of a country's government: the country's own entry ("Kremlin"), else the template ("Government of Kenya"). */
export function governmentName(country: Country, lex: Lexicon): string {
  if (country.government) return country.government;
  const inst = lex.institutionTypes.get('government');
  return inst ? inst.template.replace('{country}', country.name).replace('{adj}', country.adj[0] ?? country.name) : country.name;
}

/** Canonical body for an institution of a country: the gazetteer's entry, else the template. */
export function institutionName(
  inst: Institution,
  country: Country,
  lex: Lexicon,
): { name: string; kind: ActorKind; entry: GazEntry | null } {
  const entry = lex.institutionEntry.get(`${inst.type}|${country.name}`) ?? null;
  if (entry) return { name: entry.name, kind: entry.kind, entry };
  if (inst.type === 'government') {
    // a country may name its government ("Kremlin"); else "Government of Kenya"
    const name = governmentName(country, lex);
    const gov = lex.byKey.get(actorKey(name)) ?? null;
    return { name, kind: gov ? gov.kind : 'organisation', entry: gov };
  }
  const adj = country.adj.find((a) => /\p{Ll}/u.test(a) && !/s$/.test(a)) ?? country.adj[0] ?? country.name;
  const name = inst.template.replace('{adj}', adj).replace('{country}', country.name);
  const kind: ActorKind = ['armed_forces', 'navy', 'air_force', 'police'].includes(inst.type) ? 'group' : 'organisation';
  return { name, kind, entry: null };
}
