/**
 * The compiled vocabularies of the actors and quotes stages, built once per
 * Knowledge with `kb.derive`: gazetteer and place tries, transliteration
 * indexes, title words, institution nouns, speech verbs and function words.
 */
import type { ActorKind } from '../../doc/doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { actorKey, fold, translitKey, translitWord } from './canonical.ts';
import { lowerGroupStarts } from './groups.ts';
import { lowerTitleStarts } from './titles.ts';
import { PhraseTrie, TrieFamily } from './trie.ts';
import { FUNCTION_WORD, GENDERED_PRONOUN, LOWER_START, MODIFIER, ROLE, SPEECH_VERB } from './word-classes.ts';
import { phraseKeys } from './words.ts';

export interface GazEntry {
  name: string;
  key: string;
  kind: ActorKind;
  side: string | null;
  role: string | null;
  aliases: string[];
  offices: string[];
  gender: 'male' | 'female' | null;
  institution: string | null;
  country: string | null;
}

export interface Country {
  name: string;
  adj: string[];
  aliases: string[];
  capital: string | null;
  /** The country's government as an actor; the country itself when null. */
  government: string | null;
  /** Actor the capital stands for when it speaks; the country itself when null. */
  speaksAs: string | null;
}

export interface Institution {
  type: string;
  template: string;
  contextual: boolean;
  /** Also stands alone, without a country or determiner ("police said"). */
  bare: boolean;
  /** Counts only written with a capital ("the Liberals", "Conservative MPs"; not "a conservative estimate"). */
  capitalised: boolean;
}

/** What a phrase in the name trie names. */
export type NameHit =
  | { type: 'actor'; entry: GazEntry; caps: boolean[] }
  | { type: 'country'; country: Country; caps: boolean[]; capital: boolean }
  | { type: 'place'; name: string; caps: boolean[] };

export interface Lexicon {
  entries: GazEntry[];
  byKey: Map<string, GazEntry>;
  /** Gazetteer aliases, country names, capitals and places. */
  names: PhraseTrie<NameHit>;
  /** Persons by transliteration key of every full name and alias. */
  personByTranslit: Map<string, GazEntry>;
  /** Persons by the transliteration key of their surname, when no other person of the gazetteer bears it. */
  personBySurname: Map<string, GazEntry>;
  /** Office phrases ("kremlin spokesman") folded → holder. */
  offices: Map<string, GazEntry>;
  /** Country adjectives and demonyms ("north korean"), case-insensitive. */
  adjectives: PhraseTrie<Country>;
  countryByName: Map<string, Country>;
  institutionNouns: PhraseTrie<Institution>;
  /** Institution types by name ("government", "police"). */
  institutionTypes: Map<string, Institution>;
  /** Lower-case words allowed between a country and an institution noun ("federal", "national"). */
  institutionFillers: Set<string>;
  /** Organisation words whose names go on with "in" and a place ("Government Delegation in Madrid"). */
  locatedOrgWords: Set<string>;
  /** Capitalised role words that may end an organisation name ("Health Service Executive"). */
  nameFinalRoles: Set<string>;
  /** Head nouns of definite descriptions ("union") → capitalised name words of that kind of body ("Organisation"). */
  anaphorClasses: Map<string, Set<string>>;
  /** Heads that describe a non-state body ("charity", "company"): any such organisation of the article fits. */
  privateHeads: Set<string>;
  /** Nouns of a sports club after a place or league ("the Velmar club"), org-words.yaml `club_nouns`. */
  clubNouns: Set<string>;
  /** Letters a club is named with ("FC Velmar"), org-words.yaml `club_letters`. */
  clubLetters: Set<string>;
  /** Lower-case words between "the" and an organisation noun that refers back ("the state-owned lender"), org-words.yaml `description_modifiers`. */
  descriptionModifiers: Set<string>;
  /** Words in a name that make it a public body ("Ministry", "Police"), folded. */
  publicWords: Set<string>;
  /** Head nouns that say only "a body" (agency, office …): a name need not hold them to fit a description. */
  genericBodyHeads: Set<string>;
  /** Folded month and weekday names: never inside an organisation name after a connector. */
  dateNames: Set<string>;
  /** `${type}|${country}` → gazetteer entry that is that body. */
  institutionEntry: Map<string, GazEntry>;
  roles: Set<string>;
  ranks: Set<string>;
  modifiers: Set<string>;
  genderWords: Map<string, 'male' | 'female'>;
  orgWords: Set<string>;
  /** Abbreviated name words written out in a canonical name ("Corp" → "Corporation"), org-words.yaml `name_abbreviations`. */
  nameAbbreviations: Map<string, string>;
  mediaWords: Set<string>;
  /** `mediaWords` folded ("daily", "news"). */
  mediaWordsFolded: Set<string>;
  mediaCues: PhraseTrie<true>;
  /** Letters after a person's name that are no part of it ("KC", "MP"), as written. */
  postNominals: Set<string>;
  nonActorHeads: Set<string>;
  placeHeads: Set<string>;
  placeSuffixes: Set<string>;
  placeCues: PhraseTrie<true>;
  speechVerbs: Set<string>;
  /** Past-tense verbs (besides -ed forms) that mark the word before as a clause subject. */
  subjectVerbs: Set<string>;
  /** Speech verbs whose object is the listener ("told Reuters"): no speaker after them. */
  addresseeVerbs: Set<string>;
  /** Lower-case nouns after a name that make it an organisation or an armed group ("the Cendra party"). */
  orgNouns: PhraseTrie<'organisation' | 'group'>;
  /** Capitalised words that start a place name ("North", "San", "Fort"). */
  placePrefixes: Set<string>;
  /** Prepositions after which a plain capitalised name is a place. */
  placePrepositions: Set<string>;
  /** Press roles of bylines ("staff writer", "correspondent"). */
  pressRoles: PhraseTrie<true>;
  /** Words that open a photo credit ("photo", "credit"). */
  creditWords: Set<string>;
  /** Folded first names → gender. */
  firstNames: Map<string, 'male' | 'female'>;
  sourcePhrases: PhraseTrie<true>;
  pronouns: Map<string, 'male' | 'female' | 'plural'>;
  prepositions: Set<string>;
  /** Auxiliaries and adverbs after which a definite organisation noun is a clause subject ("the union is seeking"). */
  auxiliaries: Set<string>;
  /** Irregular past-tense verbs ("brought", "sent"): a country right before one acts as a party. */
  irregularPast: Set<string>;
  /** Verbs of saying after which "it" stands for the body that last spoke. */
  itSpeechVerbs: Set<string>;
  functionWords: Set<string>;
  /** The family of the lexicon's tries, which also keeps the word classes below for each word (see word-classes.ts). */
  wordIndex: TrieFamily;
}

interface GazFile {
  actors: Array<Partial<GazEntry> & { name: string; kind: ActorKind }>;
}
interface PlacesFile {
  countries: Array<{ name: string; adj?: string[]; aliases?: string[]; capital?: string; alt_capitals?: string[]; government?: string; speaks_as?: string }>;
  place_heads: string[];
  place_suffixes: string[];
  place_cues: string[];
  places: string[];
  place_prefixes?: string[];
  place_prepositions?: string[];
}
interface OrgFile {
  org_words: string[];
  media_words: string[];
  media_cues: string[];
  non_actor_heads: string[];
  org_nouns?: string[];
  group_nouns?: string[];
  institutions: Record<string, { nouns: string[]; template?: string; contextual?: boolean; bare?: boolean; as?: string; capitalised?: boolean }>;
  institution_fillers?: string[];
  name_final_roles?: string[];
  located_org_words?: string[];
  name_abbreviations?: Record<string, string>;
  club_nouns?: string[];
  club_letters?: string[];
  description_modifiers?: string[];
  anaphor_classes?: Record<string, string[]>;
  private_heads?: string[];
  public_words?: string[];
  generic_body_heads?: string[];
}
interface TitlesFile {
  roles: string[];
  ranks: string[];
  modifiers: string[];
  gender: { male: string[]; female: string[] };
  press_roles?: string[];
  credit_words?: string[];
  post_nominals?: string[];
  first_names?: { male?: string[]; female?: string[] };
}
interface PronounsFile {
  pronouns: { male: string[]; female: string[]; plural: string[] };
  prepositions: string[];
  function_words: string[];
  auxiliaries?: string[];
  irregular_past?: string[];
  it_speech_verbs?: string[];
}

const stripThe = (s: string) => s.replace(/^the\s+/i, '');
const foldKeys = (s: string) => phraseKeys(s).keys.map((k) => fold(k));

export function lexicon(kb: Knowledge): Lexicon {
  return kb.derive('actors:lexicon', buildLexicon);
}

function buildLexicon(kb: Knowledge): Lexicon {
  const gaz = kb.get<GazFile>('gazetteer');
  const places = kb.get<PlacesFile>('places');
  const orgs = kb.get<OrgFile>('org-words');
  const titles = kb.get<TitlesFile>('titles');
  const prons = kb.get<PronounsFile>('pronouns');
  const speech = kb.get<{ verbs: string[]; source_phrases?: string[]; subject_verbs?: string[]; addressee_verbs?: string[] }>('speech-verbs');

  // the lexicon's tries number their slots in a word's memo from 1 (see TrieFamily)
  const tries = new TrieFamily();
  const names = new PhraseTrie<NameHit>(tries);
  const addName = (phrase: string, hit: (caps: boolean[]) => NameHit) => {
    const { keys, caps } = phraseKeys(stripThe(phrase));
    names.add(keys, hit(caps));
  };

  const entries: GazEntry[] = [];
  const byKey = new Map<string, GazEntry>();
  const personByTranslit = new Map<string, GazEntry>();
  const offices = new Map<string, GazEntry>();
  const institutionEntry = new Map<string, GazEntry>();
  for (const raw of gaz.actors ?? []) {
    const e: GazEntry = {
      name: raw.name,
      key: actorKey(raw.name),
      kind: raw.kind,
      side: raw.side ?? null,
      role: raw.role ?? null,
      aliases: raw.aliases ?? [],
      offices: raw.offices ?? [],
      gender: raw.gender ?? null,
      institution: raw.institution ?? null,
      country: raw.country ?? null,
    };
    const prev = byKey.get(e.key);
    if (prev) {
      // a user file extending a built-in entry: merge aliases and offices
      prev.aliases.push(...e.aliases);
      prev.offices.push(...e.offices);
      continue;
    }
    entries.push(e);
    byKey.set(e.key, e);
    for (const alias of [e.name, ...e.aliases]) {
      addName(alias, (caps) => ({ type: 'actor', entry: e, caps }));
      if (e.kind === 'person' && alias.includes(' ')) personByTranslit.set(translitKey(alias), e);
    }
    for (const o of e.offices) offices.set(foldKeys(stripThe(o)).join(' '), e);
    if (e.institution && e.country) institutionEntry.set(`${e.institution}|${e.country}`, e);
  }

  const personBySurname = new Map<string, GazEntry>();
  const shared = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'person' || !e.name.includes(' ')) continue;
    const k = surnameKey(e.name);
    if (personBySurname.has(k) && personBySurname.get(k) !== e) shared.add(k);
    personBySurname.set(k, e);
  }
  for (const k of shared) personBySurname.delete(k);

  const adjectives = new PhraseTrie<Country>(tries);
  const countryByName = new Map<string, Country>();
  for (const c of places.countries ?? []) {
    const country: Country = {
      name: c.name,
      adj: c.adj ?? [],
      aliases: c.aliases ?? [],
      capital: c.capital ?? null,
      government: c.government ?? null,
      speaksAs: c.speaks_as ?? null,
    };
    countryByName.set(fold(c.name), country);
    for (const n of [c.name, ...country.aliases]) addName(n, (caps) => ({ type: 'country', country, caps, capital: false }));
    for (const cap of [c.capital, ...(c.alt_capitals ?? [])]) {
      if (cap) addName(cap, (caps) => ({ type: 'country', country, caps, capital: true }));
    }
    for (const a of country.adj) adjectives.add(foldKeys(a), country);
  }
  for (const p of places.places ?? []) addName(p, (caps) => ({ type: 'place', name: p, caps }));

  const institutionNouns = new PhraseTrie<Institution>(tries);
  const institutionTypes = new Map<string, Institution>();
  const defs = orgs.institutions ?? {};
  for (const [key, def] of Object.entries(defs)) {
    // `as`: the same body as another type, named by its template and gazetteer entries ("the army" → armed_forces)
    const type = def.as ?? key;
    // no template: only a gazetteer entry names the body ("Liberal Party of Canada")
    const inst: Institution = { type, template: def.template ?? defs[type]?.template ?? '', contextual: def.contextual === true, bare: def.bare === true, capitalised: def.capitalised === true };
    if (!def.as) institutionTypes.set(type, inst);
    for (const n of def.nouns) institutionNouns.add(foldKeys(n), inst);
  }
  const anaphorClasses = new Map<string, Set<string>>();
  for (const [head, words] of Object.entries(orgs.anaphor_classes ?? {})) anaphorClasses.set(fold(head), new Set(words.map(fold)));
  const dates = kb.get<{ months?: Record<string, number>; weekdays?: Record<string, number> }>('date-words');
  const dateNames = new Set([...Object.keys(dates.months ?? {}), ...Object.keys(dates.weekdays ?? {})].map(fold));

  const phraseSet = (list: string[]) => {
    const t = new PhraseTrie<true>(tries);
    for (const p of list) t.add(foldKeys(p), true);
    return t;
  };
  const genderWords = new Map<string, 'male' | 'female'>();
  for (const w of titles.gender?.male ?? []) genderWords.set(fold(w), 'male');
  for (const w of titles.gender?.female ?? []) genderWords.set(fold(w), 'female');
  const orgNouns = new PhraseTrie<'organisation' | 'group'>(tries);
  for (const n of orgs.org_nouns ?? []) orgNouns.add(foldKeys(n), 'organisation');
  for (const n of orgs.group_nouns ?? []) orgNouns.add(foldKeys(n), 'group');
  const firstNames = new Map<string, 'male' | 'female'>();
  for (const w of titles.first_names?.male ?? []) firstNames.set(fold(w), 'male');
  for (const w of titles.first_names?.female ?? []) firstNames.set(fold(w), 'female');
  const pronouns = new Map<string, 'male' | 'female' | 'plural'>();
  for (const w of prons.pronouns.male) pronouns.set(fold(w), 'male');
  for (const w of prons.pronouns.female) pronouns.set(fold(w), 'female');
  for (const w of prons.pronouns.plural) pronouns.set(fold(w), 'plural');

  const lex: Lexicon = {
    entries,
    byKey,
    names,
    personByTranslit,
    personBySurname,
    offices,
    adjectives,
    countryByName,
    institutionNouns,
    institutionTypes,
    institutionFillers: new Set((orgs.institution_fillers ?? []).map(fold)),
    nameFinalRoles: new Set(orgs.name_final_roles ?? []),
    locatedOrgWords: new Set(orgs.located_org_words ?? []),
    anaphorClasses,
    privateHeads: new Set((orgs.private_heads ?? []).map(fold)),
    clubNouns: new Set((orgs.club_nouns ?? []).map(fold)),
    clubLetters: new Set(orgs.club_letters ?? []),
    descriptionModifiers: new Set((orgs.description_modifiers ?? []).map(fold)),
    publicWords: new Set((orgs.public_words ?? []).map(fold)),
    genericBodyHeads: new Set((orgs.generic_body_heads ?? []).map(fold)),
    dateNames,
    institutionEntry,
    roles: new Set(titles.roles.filter((r) => !r.includes(' ')).map(fold)),
    postNominals: new Set(titles.post_nominals ?? []),
    ranks: new Set(titles.ranks.map((r) => fold(r).replace(/\.$/, ''))),
    modifiers: new Set(titles.modifiers.map(fold)),
    genderWords,
    orgWords: new Set(orgs.org_words),
    nameAbbreviations: new Map(Object.entries(orgs.name_abbreviations ?? {}).map(([k, v]) => [k, String(v)])),
    mediaWords: new Set(orgs.media_words),
    mediaWordsFolded: new Set(orgs.media_words.map(fold)),
    mediaCues: phraseSet(orgs.media_cues),
    nonActorHeads: new Set(orgs.non_actor_heads),
    placeHeads: new Set(places.place_heads.map(fold)),
    placeSuffixes: new Set(places.place_suffixes),
    placeCues: phraseSet(places.place_cues),
    speechVerbs: new Set(speech.verbs.map(fold)),
    subjectVerbs: new Set((speech.subject_verbs ?? []).map(fold)),
    addresseeVerbs: new Set((speech.addressee_verbs ?? []).map(fold)),
    orgNouns,
    placePrefixes: new Set(places.place_prefixes ?? []),
    placePrepositions: new Set((places.place_prepositions ?? []).map(fold)),
    pressRoles: phraseSet(titles.press_roles ?? []),
    creditWords: new Set((titles.credit_words ?? []).map(fold)),
    firstNames,
    sourcePhrases: phraseSet(speech.source_phrases ?? ['according to']),
    pronouns,
    prepositions: new Set(prons.prepositions.map(fold)),
    auxiliaries: new Set((prons.auxiliaries ?? []).map(fold)),
    irregularPast: new Set((prons.irregular_past ?? []).map(fold)),
    itSpeechVerbs: new Set((prons.it_speech_verbs ?? []).map(fold)),
    functionWords: new Set(prons.function_words.map(fold)),
    wordIndex: tries,
  };
  for (const f of lex.functionWords) tries.addWordBits(f, FUNCTION_WORD);
  for (const f of lex.roles) tries.addWordBits(f, ROLE);
  for (const f of lex.ranks) tries.addWordBits(f, ROLE);
  for (const f of lex.modifiers) tries.addWordBits(f, MODIFIER);
  for (const f of lex.speechVerbs) tries.addWordBits(f, SPEECH_VERB);
  for (const [f, g] of lex.pronouns) if (g === 'male' || g === 'female') tries.addWordBits(f, GENDERED_PRONOUN);
  for (const k of [...lowerTitleStarts(lex), ...lowerGroupStarts(lex), ...lex.orgNouns.firstKeys()]) tries.addWordBits(k, LOWER_START);
  return lex;
}

/** The surname key of a person name (last word, transliteration-tolerant). */
export function surnameKey(name: string): string {
  const parts = name.split(/\s+/);
  return translitWord(parts[parts.length - 1]);
}
