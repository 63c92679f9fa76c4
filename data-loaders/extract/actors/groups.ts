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
export function countryCue(words: Word[], i: number, lex: Lexicon): { end: number; country: Country } | null {
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

/**
 * The word keys a group noun phrase may start with when written in lower
 * case: a determiner or the first word of an institution noun. `parseGroup`
 * returns null at any other lower-case word.
 */
export function lowerGroupStarts(lex: Lexicon): string[] {
  return [...CONTEXT_DETERMINERS, ...lex.institutionNouns.firstKeys()];
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
  for (let k = 0; k < 2 && j < words.length && lex.institutionFillers.has(words[j].fold) && !words[j].cap && words[j].sep === ''; k++) j++;
  // a noun may name two types ("army": armed_forces, and its contextual use)
  const m = lex.institutionNouns.match(words, j).find((x) => (!contextual || x.value.contextual) && (!x.value.capitalised || words[j].cap));
  if (!m) return null;
  // "the General Staff of the Armed Forces of Ukraine": a gazetteer name that runs on past the noun is that body
  if (lex.names.match(words, j).some((x) => x.end > m.end && x.value.type === 'actor')) return null;
  // "the Government Delegation in Madrid": a capitalised noun running on into a capitalised word starts a name
  const last = words[m.end - 1];
  if (contextual && last.cap && last.sep === '' && words[m.end] && (words[m.end].cap || words[m.end].upper)) return null;
  // "the Mauritian Labour Front": a capitalised party noun running on into a capitalised word is part of a name
  // (not before an office: "Labour MPs", "Conservative leader Jane Doe")
  const after = words[m.end];
  if (m.value.capitalised && last.sep === '' && after && (after.cap || after.upper) && !last.poss && !lex.roles.has(after.fold) && !lex.roles.has(after.fold.replace(/s$/, ''))) return null;
  // "the Central Bank of Ireland", "the defence ministry of Ukraine": the country follows
  if (contextual && last.sep === '' && words[m.end]?.fold === 'of' && words[m.end].sep === '') {
    const after = countryCue(words, m.end + 1, lex);
    if (after) return { start: i + 1, end: after.end, inst: m.value, countries: [after.country] };
  }
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
  if (!m || (m.value.capitalised && !words[i].cap)) return null;
  // "…, interior ministry data show": a named ministry type opening a clause or after a preposition
  const opens = i === 0 || words[i - 1].sep !== '' || lex.prepositions.has(words[i - 1].fold);
  if (!m.value.bare && !(m.value.contextual && m.end - i >= 2 && opens)) return null;
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
): { name: string; kind: ActorKind; entry: GazEntry | null } | null {
  const entry = lex.institutionEntry.get(`${inst.type}|${country.name}`) ?? null;
  if (entry) return { name: entry.name, kind: entry.kind, entry };
  if (!inst.template) return null;
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
