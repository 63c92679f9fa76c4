/**
 * The claims lexicon: speech verbs and source phrases (speech-verbs.yaml),
 * wire agencies (wire-agencies.yaml), country names and adjectives
 * (places.yaml) and the claims stage's own vocabulary (claims.yaml), compiled
 * once per Knowledge into sets and anchored regexes.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import { alternation } from '../numbers/lexicon.ts';

export interface ClaimsLexicon {
  speechVerbs: Set<string>;
  /** Global: "according to", "citing", … followed by what they introduce. */
  sourcePhrase: RegExp;
  groupNouns: Set<string>;
  statementNouns: Set<string>;
  clauseOpeners: Set<string>;
  nounMarkers: Set<string>;
  passiveAux: Set<string>;
  /** Anchored at sentence start: an opener that carries the previous claimant over. */
  carryOver: RegExp;
  ongoingStates: Set<string>;
  irregularVerbs: Set<string>;
  /** Anchored at the end of a window: "in the last", "over the past", "for". */
  periodBefore: RegExp;
  /** Wire agency spelling → canonical agency name. */
  agencies: Map<string, string>;
  /** Global: any agency spelling as a whole word (case-sensitive). */
  agencyRe: RegExp;
  /** Country name, alias or capital (lower-case) → country name; adjective (lower-case) → country name. */
  countries: Map<string, string>;
  /** Country name → its first adjective ("Ukraine" → "Ukrainian"). */
  demonym: Map<string, string>;
  /** Global: a country name or adjective as a capitalised whole word. */
  countryRe: RegExp;
  prepositions: Set<string>;
  /** Verbs counted only with "X at N" after them ("put the toll at 860"). */
  atVerbs: Set<string>;
  /** Sticky: "<up to four words> at" right after such a verb. */
  atObject: RegExp;
  continuationOpeners: Set<string>;
  relativeOpeners: Set<string>;
  institutionHeads: Set<string>;
  descriptiveHeads: Set<string>;
  statementVerbs: Set<string>;
  /** Place names (places.yaml `places`), lower-case: never a claimant. */
  placeNames: Set<string>;
}

interface ClaimsYaml {
  group_nouns: string[];
  statement_nouns: string[];
  clause_openers: string[];
  noun_markers: string[];
  passive_aux: string[];
  carry_over_openers: string[];
  ongoing_states: string[];
  irregular_verbs: string[];
  period_openers: string[];
  claim_verbs?: string[];
  at_verbs?: string[];
  continuation_openers?: string[];
  relative_openers?: string[];
  institution_heads?: string[];
  descriptive_heads?: string[];
  statement_verbs?: string[];
}

interface PlacesYaml {
  countries?: Array<{ name: string; adj?: string[]; aliases?: string[]; capital?: string }>;
  places?: string[];
}

interface WireYaml {
  agencies?: Array<{ name: string; names?: string[]; short?: string[] }>;
}

const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));

export function claimsLexicon(kb: Knowledge): ClaimsLexicon {
  return kb.derive('claims-lexicon', (k) => {
    const c = k.get<ClaimsYaml>('claims');
    const sv = k.get<{ verbs: string[]; source_phrases: string[] }>('speech-verbs');
    const places = k.get<PlacesYaml>('places');
    const wire = k.get<WireYaml>('wire-agencies');
    const pron = k.get<{ prepositions?: string[] }>('pronouns');

    const agencies = new Map<string, string>();
    for (const a of wire.agencies ?? []) {
      agencies.set(a.name, a.name);
      for (const n of a.names ?? []) agencies.set(n, a.name);
      for (const n of a.short ?? []) agencies.set(n, a.name);
    }
    const countries = new Map<string, string>();
    const demonym = new Map<string, string>();
    const countryForms: string[] = [];
    for (const ct of places.countries ?? []) {
      const forms = [ct.name, ...(ct.aliases ?? []), ...(ct.capital ? [ct.capital] : [])];
      for (const f of forms) countries.set(f.toLowerCase(), ct.name);
      for (const a of ct.adj ?? []) countries.set(a.toLowerCase(), ct.name);
      const adj = (ct.adj ?? []).find((a) => !/s$/.test(a) && a !== ct.name && !/^[A-Z.]+$/.test(a));
      if (adj) demonym.set(ct.name, adj);
      countryForms.push(...forms, ...(ct.adj ?? []));
    }
    // Regions and cities; countries and capitals may speak for a government ("Moscow said").
    const placeNames = new Set<string>((places.places ?? []).map((p) => p.toLowerCase()));
    return {
      speechVerbs: new Set([...lower(sv.verbs), ...lower(c.claim_verbs), ...lower(c.at_verbs)]),
      sourcePhrase: new RegExp(`\\b(${alternation(sv.source_phrases ?? [])})\\s+`, 'giu'),
      groupNouns: lower(c.group_nouns),
      statementNouns: lower(c.statement_nouns),
      clauseOpeners: lower(c.clause_openers),
      nounMarkers: lower(c.noun_markers),
      passiveAux: lower(c.passive_aux),
      carryOver: new RegExp(`^(?:${alternation(c.carry_over_openers ?? [])})\\b`, 'iu'),
      ongoingStates: lower(c.ongoing_states),
      irregularVerbs: lower(c.irregular_verbs),
      periodBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(c.period_openers ?? [])})\\s+(?:(?:more than|over|about|around|nearly|almost|some|at least|less than|under)\\s+)?$`, 'iu'),
      agencies,
      agencyRe: new RegExp(`(?<![\\p{L}])(?:${alternation(agencies.keys())})(?![\\p{L}])`, 'gu'),
      countries,
      demonym,
      countryRe: new RegExp(`(?<![\\p{L}])(?:${alternation(countryForms)})(?![\\p{L}])`, 'gu'),
      prepositions: lower(pron.prepositions),
      atVerbs: lower(c.at_verbs),
      atObject: /\s+(?:[\p{L}'’-]+\s+){1,5}?at\s/uy,
      continuationOpeners: lower(c.continuation_openers),
      relativeOpeners: lower(c.relative_openers),
      institutionHeads: lower(c.institution_heads),
      descriptiveHeads: lower(c.descriptive_heads),
      statementVerbs: lower(c.statement_verbs),
      placeNames,
    };
  });
}
