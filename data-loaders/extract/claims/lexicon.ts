/**
 * The claims lexicon: speech verbs and source phrases (speech-verbs.yaml),
 * wire agencies (wire-agencies.yaml), country names and adjectives
 * (places.yaml) and the claims stage's own vocabulary (claims.yaml), compiled
 * once per Knowledge into sets and anchored regexes.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import { alternation } from '../numbers/lexicon.ts';
import { requiredFoldedWords, requiredWords } from './literal-hits.ts';

export interface ClaimsLexicon {
  speechVerbs: Set<string>;
  /** Verbs whose object is the listener ("told a crowd of 2,000"). */
  addresseeVerbs: Set<string>;
  /** Global: "according to", "citing", … followed by what they introduce. */
  sourcePhrase: RegExp;
  /** Words one of which a `sourcePhrase` match holds, for a folded text (literal-hits.ts). */
  sourcePhraseWords: string[] | null;
  groupNouns: Set<string>;
  statementNouns: Set<string>;
  clauseOpeners: Set<string>;
  nounMarkers: Set<string>;
  passiveAux: Set<string>;
  /** Anchored at sentence start: an opener that carries the previous claimant over. */
  carryOver: RegExp;
  /** Capitalised words that are never a source on their own ("Some estimates put …", "We expect …"). */
  notSources: Set<string>;
  /** Anchored after a clause break: words opening the outlet's own context inside a reported sentence (", after …"). */
  contextOpeners: RegExp;
  /** "its forecast", "their latest estimates": a report owned by the clause subject (first match in a text). */
  ownedReport: RegExp;
  /** A match of `ownedReport` holds one of the first words and one of the second (folded text, literal-hits.ts). */
  ownedReportWords: [string[] | null, string[] | null];
  ongoingStates: Set<string>;
  irregularVerbs: Set<string>;
  /** Anchored at the end of a window: "in the last", "over the past", "for". */
  periodBefore: RegExp;
  /** Wire agency spelling → canonical agency name. */
  agencies: Map<string, string>;
  /** Global: any agency spelling as a whole word (case-sensitive). */
  agencyRe: RegExp;
  /** Words one of which every match of `agencyRe` holds (literal-hits.ts): where none occurs, no agency is named. */
  agencyWords: string[];
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
  /** How a ministry's domain reads after "Ministry of" when it differs ("foreign" → "Foreign Affairs"). */
  ministryDomains: Map<string, string>;
  /** Verbs of recording whose subject reports like a speaker ("its figures show"), claims.yaml `data_report_verbs`. */
  dataReportVerbs: Set<string>;
  /** Verbs of a measure moving or standing ("fell", "rose", "totalled"), claims.yaml `figure_change_verbs`. */
  figureChangeVerbs: Set<string>;
  /** Verbs that are also plural nouns, read as nouns after a number (claims.yaml `plural_noun_verbs`). */
  pluralNounVerbs: Set<string>;
  /** Market prices, which move in the outlet's voice (claims.yaml `market_nouns`). */
  marketNouns: Set<string>;
  /** People a possessive relates to a body without speaking for it ("their families said"), claims.yaml `not_staff`. */
  notStaff: Set<string>;
  /** Speech verbs that record when a number follows ("admitted 187 patients"), claims.yaml `counting_verbs`. */
  countingVerbs: Set<string>;
  descriptiveHeads: Set<string>;
  statementVerbs: Set<string>;
  /** Place names (places.yaml `places`), lower-case: never a claimant. */
  placeNames: Set<string>;
  /** Verbs that attribute a figure without being speech (claim_verbs, at_verbs): a sentence-final "…, X said" overrides them. */
  claimVerbs: Set<string>;
  /** Anchored at the end: "<document word> [document noun]" ("the budget", "budget documents"); group 1 the document word. */
  documentAtEnd: RegExp;
  /** Anchored at the start: the same after "according to". */
  documentAtStart: RegExp;
  /** Document word (lower-case) → the body it belongs to ("budget" → "government"). */
  documentOwners: Map<string, string>;
  /** Sticky at a sentence's start: an agentless reporting passive ("… is projected to …"), searched anywhere in the sentence. */
  agentlessReport: RegExp;
  /** Anchored at the end: an unnamed source before its verb ("a person familiar with the talks"); groups: phrase, head, link, object. */
  unnamedAtEnd: RegExp;
  /** Anchored at the start: the same after "according to". */
  unnamedAtStart: RegExp;
  /** The unnamed-source heads' last words, lower-case (singular forms only: "person" also finds "persons"): a cheap substring test before the full pattern. */
  unnamedHeadWords: string[];
  /** Every word of the unnamed-source heads, lower-case. */
  unnamedHeadSet: Set<string>;
  /** First words of the unnamed-source links ("familiar", "close", "at"), lower-case. */
  linkFirstWords: Set<string>;
  /** First words of the document owners' keys ("budget", "finance"), lower-case. */
  documentFirstWords: Set<string>;
  /** Strong links ("familiar with"), lower-case. */
  strongLinks: Set<string>;
  /** Heads that need a strong link ("officials at the ministry" stays a group). */
  voiceHeads: Set<string>;
  /** Anchored at the start: a media descriptor opening a name ("Broadcaster Radio Sol" → "Radio Sol" in group 1). */
  mediaDescriptorStart: RegExp;
  /** People groups ("workers", "survivors"): no nationality added to them. */
  plainGroups: Set<string>;
  /** "polled by ", "surveyed by " (global not needed: first hit). */
  pollBy: RegExp;
  /** Anchored: "figures (published) by/from X" — group 1 is X. */
  statementBy: RegExp;
}

interface ClaimsYaml {
  group_nouns: string[];
  statement_nouns: string[];
  clause_openers: string[];
  noun_markers: string[];
  passive_aux: string[];
  carry_over_openers: string[];
  not_sources?: string[];
  context_openers?: string[];
  owned_report_nouns?: string[];
  ongoing_states: string[];
  irregular_verbs: string[];
  period_openers: string[];
  claim_verbs?: string[];
  at_verbs?: string[];
  continuation_openers?: string[];
  relative_openers?: string[];
  institution_heads?: string[];
  ministry_domains?: Record<string, string>;
  counting_verbs?: string[];
  not_staff?: string[];
  data_report_verbs?: string[];
  figure_change_verbs?: string[];
  market_nouns?: string[];
  plural_noun_verbs?: string[];
  descriptive_heads?: string[];
  statement_verbs?: string[];
  document_owners?: Record<string, string>;
  document_nouns?: string[];
  agentless_reports?: string[];
  unnamed_source_heads?: string[];
  unnamed_source_strong_links?: string[];
  unnamed_source_weak_links?: string[];
  unnamed_source_voice_heads?: string[];
  media_descriptors?: string[];
  plain_groups?: string[];
  poll_verbs?: string[];
}

interface PlacesYaml {
  countries?: Array<{ name: string; adj?: string[]; aliases?: string[]; capital?: string }>;
  places?: string[];
}

interface WireYaml {
  agencies?: Array<{ name: string; names?: string[]; short?: string[] }>;
}

const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));

/** A span of time before a context opener ("three days after", "a week before", "48 hours after"). */
const SPAN_BEFORE = String.raw`(?:\p{N}+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+`;

export function claimsLexicon(kb: Knowledge): ClaimsLexicon {
  return kb.derive('claims-lexicon', (k) => {
    const c = k.get<ClaimsYaml>('claims');
    const sv = k.get<{ verbs: string[]; source_phrases: string[]; addressee_verbs?: string[] }>('speech-verbs');
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
    const owners = new Map(Object.entries(c.document_owners ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const docWords = alternation(owners.keys());
    const docNouns = alternation(c.document_nouns ?? []);
    const heads = alternation(c.unnamed_source_heads ?? []);
    const links = alternation([...(c.unnamed_source_strong_links ?? []), ...(c.unnamed_source_weak_links ?? [])]);
    const quantity = '(?:(?:a|an|one|two|three|four|five|several|some|many|other)\\s+)?';
    const modifiers = '(?:[\\p{Ll}-]+\\s+){0,2}?';
    const object = '(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?[\\p{L}\\p{M}\'’-]+(?:\\s+(?!and\\b|that\\b|who\\b|which\\b)[\\p{L}\\p{M}\'’-]+){0,5}';
    const unnamed = `(${quantity}${modifiers}(${heads})\\s+(${links})\\s+(${object}))`;
    const media = alternation(c.media_descriptors ?? []);
    return {
      speechVerbs: new Set([...lower(sv.verbs), ...lower(c.claim_verbs), ...lower(c.at_verbs)]),
      addresseeVerbs: lower(sv.addressee_verbs ?? []),
      sourcePhrase: new RegExp(`\\b(${alternation(sv.source_phrases ?? [])})\\s+`, 'giu'),
      sourcePhraseWords: requiredFoldedWords(sv.source_phrases ?? []),
      groupNouns: new Set([...lower(c.group_nouns), ...lower(c.plain_groups)]),
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
      agencyWords: requiredWords(agencies.keys()),
      countries,
      demonym,
      countryRe: new RegExp(`(?<![\\p{L}])(?:${alternation(countryForms)})(?![\\p{L}])`, 'gu'),
      prepositions: lower(pron.prepositions),
      atVerbs: lower(c.at_verbs),
      notSources: lower(c.not_sources),
      ownedReport: new RegExp(`\\b(?:its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(c.owned_report_nouns ?? [])})\\b`, 'iu'),
      ownedReportWords: [requiredFoldedWords(['its', 'their', 'his', 'her']), requiredFoldedWords(c.owned_report_nouns ?? [])],
      // "after …", and "three days after …" with a span before it
      contextOpeners: new RegExp(`^\\s*(?:${SPAN_BEFORE})?(?:${alternation(c.context_openers ?? [])})\\b`, 'iu'),
      // "put the toll at 90", "puts the figure closer to 90", "put the number as high as 90"
      atObject: /\s+(?:[\p{L}'’-]+\s+){1,8}?(?:at(?!\s+(?:risk|stake|odds|ease|bay|the\s+heart|the\s+centre|the\s+center|the\s+top|the\s+forefront)\b)|(?:closer|close|nearer)\s+to|near|as\s+(?:high|low|many)\s+as|above|below|around)\s/uy,
      continuationOpeners: lower(c.continuation_openers),
      relativeOpeners: lower(c.relative_openers),
      institutionHeads: lower(c.institution_heads),
      countingVerbs: new Set((c.counting_verbs ?? []).map((w) => w.toLowerCase())),
      notStaff: new Set((c.not_staff ?? []).map((w) => w.toLowerCase())),
      dataReportVerbs: new Set((c.data_report_verbs ?? []).map((w) => w.toLowerCase())),
      figureChangeVerbs: new Set((c.figure_change_verbs ?? []).map((w) => w.toLowerCase())),
      marketNouns: new Set((c.market_nouns ?? []).map((w) => w.toLowerCase())),
      pluralNounVerbs: new Set((c.plural_noun_verbs ?? []).map((w) => w.toLowerCase())),
      ministryDomains: new Map(Object.entries(c.ministry_domains ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
      descriptiveHeads: lower(c.descriptive_heads),
      statementVerbs: lower(c.statement_verbs),
      placeNames,
      claimVerbs: new Set([...lower(c.claim_verbs), ...lower(c.at_verbs)].filter((v) => !lower(sv.verbs).has(v))),
      documentAtEnd: new RegExp(`(?:^|[^\\p{L}])(${docWords})(?:\\s+(?:${docNouns}))?\\s*$`, 'iu'),
      documentAtStart: new RegExp(`^\\s*(?:the\\s+|its\\s+|their\\s+)?(?:(?:new|latest|draft|annual|federal|national|state)\\s+)?(${docWords})(?:\\s+(?:${docNouns}))?(?![\\p{L}])`, 'iu'),
      documentOwners: owners,
      agentlessReport: new RegExp(`\\b(?:is|are|was|were)\\s+(?:(?:also|now|still|currently)\\s+)?(?:${alternation(c.agentless_reports ?? [])})\\s+to\\b`, 'iu'),
      unnamedAtEnd: new RegExp(`(?:^|[^\\p{L}])${unnamed}\\s*$`, 'iu'),
      unnamedAtStart: new RegExp(`^\\s*${unnamed}`, 'iu'),
      unnamedHeadWords: [...new Set((c.unnamed_source_heads ?? []).map((h) => h.toLowerCase().split(/\s+/).pop()!))].filter((h, _i, all) => !all.some((o) => o !== h && h.startsWith(o))),
      unnamedHeadSet: new Set((c.unnamed_source_heads ?? []).flatMap((h) => h.toLowerCase().split(/\s+/))),
      linkFirstWords: new Set([...(c.unnamed_source_strong_links ?? []), ...(c.unnamed_source_weak_links ?? [])].map((l) => l.toLowerCase().split(/\s+/)[0])),
      documentFirstWords: new Set([...owners.keys()].map((k) => k.split(/\s+/)[0])),
      strongLinks: lower(c.unnamed_source_strong_links),
      voiceHeads: lower(c.unnamed_source_voice_heads),
      plainGroups: lower(c.plain_groups),
      pollBy: new RegExp(`(?<![\\p{L}])(?:${alternation(c.poll_verbs ?? [])})\\s+by\\s+`, 'iu'),
      statementBy: new RegExp(`^\\s*(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(c.statement_nouns ?? [])})\\s+(?:of\\s+(?:[\\p{L}\\p{N},.'’-]+\\s+){1,6}?)?(?:(?:published|released|compiled|issued|provided|gathered|collected|produced|seen|kept|maintained|commissioned|conducted|carried out)\\s+)?(?:by|from)\\s+(.+)$`, 'iu'),
      mediaDescriptorStart: new RegExp(`^(?:the\\s+)?(?:state\\s+|private\\s+|local\\s+)?(?:${media})\\s+(\\p{Lu}.*)$`, 'iu'),
    };
  });
}
