/**
 * Name discovery in one sentence: walks the words left to right and proposes
 * candidates — gazetteer names, title + name ("Russian President Vladimir
 * Putin"), group nouns ("Russian troops"), capitalised name sequences
 * classified by organisation words, place heads and media cues, offices used
 * without a name ("the Irish prime minister", "his aide"), and places.
 * Candidates are resolved to actors by the stage (actors.ts).
 */
import type { ActorKind } from '../../doc/doc.ts';
import { type Apposition, parseApposition } from './apposition.ts';
import { parseGroup, type GroupHit } from './groups.ts';
import type { Country, GazEntry, Lexicon } from './lexicon.ts';
import { affiliationAt, capsOk, isRole, parseTitle, type TitleParse, wordsText } from './titles.ts';
import { FUNCTION_WORD, hasClass, LOWER_START, SPEECH_VERB } from './word-classes.ts';
import type { Word } from './words.ts';
import type { WordSet } from './lower-vocab.ts';

export type Candidate =
  | {
      type: 'name';
      start: number;
      end: number;
      /** Word indexes [first, after-last). */
      w0: number;
      w1: number;
      kind: ActorKind;
      /** Surface name (possessive dropped). */
      name: string;
      entry: GazEntry | null;
      role: string | null;
      side: string | null;
      gender: 'male' | 'female' | null;
      /** A title, apposition or speech verb says this is an actor. */
      cue: boolean;
      how: string;
      /** First word of the whole phrase, title included. */
      p0: number;
      /** A lone word that acts as a clause subject: an organisation unless it is someone's surname ("Tarvex said"). */
      orgIfUnknown?: boolean;
      /** An acronym in parentheses right after the candidate before it ("… Workers of Tarland (WOT)"). */
      defines?: boolean;
    }
  | { type: 'anaphor'; start: number; end: number; w0: number; w1: number; head: string; indefinite?: boolean }
  | { type: 'group'; start: number; end: number; w0: number; w1: number; hit: GroupHit; personSide: string | null }
  | { type: 'office'; start: number; end: number; w0: number; w1: number; title: TitleParse; possessor: string | null }
  | { type: 'country'; start: number; end: number; w0: number; w1: number; country: Country; capital: boolean }
  | { type: 'place'; start: number; end: number; w0: number; w1: number; name: string };

const PARTICLES = new Set(['bin', 'bint', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ibn', 'abu', 'dos', 'del']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/** A hyphenated modifier saying where a body is listed or based ("Toronto-listed", "Paris-based"). */
export const PLACE_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:listed|based|headquartered|registered|owned|backed|run|quoted)$/u;
const SPEECH_FILLERS = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'previously', 'earlier', 'further', 'again', 'once', 'repeatedly', 'publicly', 'reportedly', 'allegedly', 'has', 'would', 'will', 'had', 'on', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export interface ScanContext {
  lex: Lexicon;
  /** Words the document writes in lower case somewhere: capitalised, they are probably not names. */
  lowerVocab: WordSet;
  /** Most words of the sentence are capitalised (a headline): only known names count. */
  headline: boolean;
  /** Folded forms of the article's own outlet ("valley courier", "courier"): never actors. */
  outlet?: Set<string>;
  /** Words the article capitalises inside a sentence (not after punctuation): names rather than sentence starts. */
  midCaps?: Set<string>;
}

const OBLIQUE_SKIP = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/** Is the phrase starting at word `w0` after a preposition (skipping determiners)? Then it is no clause subject. */
export function oblique(words: Word[], w0: number, lex: Lexicon): boolean {
  let k = w0 - 1;
  while (k >= 0 && OBLIQUE_SKIP.has(words[k].fold) && words[k].sep === '') k--;
  // a preposition across punctuation governs nothing here (“… they like,” she said)
  return k >= 0 && words[k].sep === '' && lex.prepositions.has(words[k].fold);
}

/** Is words[i] an acronym: capitals with two letters or more ("WOT"), or a capital and digits ("K42")? */
export function isAcronym(w: Word): boolean {
  if (w.upper) return true;
  if (!w.cap || w.text.length < 2 || w.text.length > 6) return false;
  const t = w.text;
  let digits = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (!(c >= 65 && c <= 90) && c !== 45) return false;
  }
  return digits > 0 && digits < t.length && t.charCodeAt(0) >= 65;
}

/** A regular past tense or a listed verb right after word `e`: the phrase before is a clause subject ("Tarvex closed …"). */
export function subjectVerbAt(words: Word[], e: number, lex: Lexicon): boolean {
  const v = words[e];
  if (!v || v.cap || v.upper) return false;
  if (lex.subjectVerbs.has(v.fold) || lex.speechVerbs.has(v.fold)) return true;
  return v.fold.length > 4 && v.fold.endsWith('ed') && !lex.functionWords.has(v.fold);
}

const RELATIVES = new Set(['which', 'who', 'whose']);

/** After a name ending at word `e`: the word after a non-restrictive relative clause (", which brokered …, said"), or -1. */
export function relativeClauseEnd(words: Word[], e: number): number {
  if (e <= 0 || e >= words.length || words[e - 1].sep !== ',' || !RELATIVES.has(words[e].fold)) return -1;
  for (let m = e; m < words.length && m < e + 30; m++) {
    const sep = words[m].sep;
    if (sep === ',') return m + 1;
    if (sep !== '' && sep !== '-' && sep !== '&') return -1;
  }
  return -1;
}

/** Does a source phrase ("according to") come before word `i`, with only a determiner and lower-case descriptors between ("according to the property portal Casalto")? */
function sourceBefore(words: Word[], i: number, lex: Lexicon): boolean {
  for (let k = i - 1, n = 0; k >= 1 && n < 5; k--, n++) {
    const w = words[k];
    if (w.sep !== '' && k < i - 1) return false;
    if (w.fold === 'to' && words[k - 1].fold === 'according') return true;
    if (w.cap || w.upper) return false;
  }
  return false;
}

/** Index of a speech verb right after word `e` (skipping auxiliaries and day names), or -1. */
export function speechVerbAfter(words: Word[], e: number, lex: Lexicon, maxSkip = 3): number {
  for (let k = e, skipped = 0; k < words.length && skipped <= maxSkip; k++, skipped++) {
    if (hasClass(words[k], lex, SPEECH_VERB)) return k;
    if (!SPEECH_FILLERS.has(words[k].fold)) return -1;
    if (words[k].sep !== '') return -1;
  }
  return -1;
}

/** Is word `k` a common word written capitalised (sentence start, all-caps lead-in)? */
function commonWord(w: Word, ctx: ScanContext): boolean {
  return hasClass(w, ctx.lex, FUNCTION_WORD) || ctx.lowerVocab.has(w.fold);
}

/** A restrictive relative clause from `k` ("whose ship took part in the operation") ending in a speech verb, without punctuation. */
function relativeSpeech(words: Word[], k: number, lex: Lexicon): boolean {
  if (!words[k] || !RELATIVES_ALL.has(words[k].fold)) return false;
  for (let m = k + 1; m < words.length && m <= k + 12; m++) {
    if (lex.speechVerbs.has(words[m].fold) && !words[m].fold.endsWith('ing')) return true;
    if (words[m].sep !== '' && words[m].sep !== '-') return false;
  }
  return false;
}
const RELATIVES_ALL = new Set(['which', 'who', 'whose', 'that']);

/** Does a run of capitalised words from `k` (at most three, unbroken) hold an organisation word? */
function orgWordAhead(words: Word[], k: number, ctx: ScanContext): boolean {
  for (let m = k; m < words.length && m < k + 3; m++) {
    const w = words[m];
    if (!(w.cap || w.upper)) return false;
    if (ctx.lex.orgWords.has(w.text)) return true;
    if (w.sep !== '' || w.poss) return false;
  }
  return false;
}

/** Do the letters of an acronym start the name [i, e) and follow its capitalised words in order ("IPC" in "Integrated … Phase Classification")? */
function initialsFit(acronym: string, words: Word[], i: number, e: number): boolean {
  let initials = '';
  for (let k = i; k < e; k++) if (words[k].cap || words[k].upper) initials += words[k].text[0];
  const a = acronym.toUpperCase();
  if (a[0] !== initials[0]) return false;
  let k = 0;
  for (let m = 0; m < initials.length && k < a.length; m++) if (initials[m] === a[k]) k++;
  return k === a.length;
}

/** Lower-case words that may join the parts of a name its acronym closes. */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'against', 'de', '&']);
/** How many words a name closed by an acronym may still run on for. */
const ACRONYM_REACH = 10;

/**
 * Does a name run on from word `k` — capitalised words, the connectors of
 * NAME_CONNECTORS, commas between capitalised words — to an acronym in
 * parentheses right after it ("… and Geophysics Agency (BMKG)")?
 */
export function acronymAhead(words: Word[], k: number): boolean {
  for (let m = k; m < words.length && m < k + ACRONYM_REACH; m++) {
    const w = words[m];
    const cap = w.cap || w.upper;
    if (!cap && !NAME_CONNECTORS.has(w.fold)) return false;
    if (cap && w.sep.startsWith('(')) {
      // "(BMKG)", "(Africa CDC)"
      const a = words[m + 1];
      const b = a && a.sep === '' ? words[m + 2] : undefined;
      return a !== undefined && ((isAcronym(a) && a.sep.startsWith(')')) || (b !== undefined && (a.cap || a.upper) && isAcronym(b) && b.sep.startsWith(')')));
    }
    if (w.sep === ',' && cap && (words[m + 1]?.cap || words[m + 1]?.upper)) continue;
    if (w.sep !== '') return false;
  }
  return false;
}

/**
 * Is word `i` a first name (titles.yaml `first_names`) right before a
 * capitalised word that is no organisation word, place or known name
 * ("Chad Miller said", not "Chad Armed Forces" nor "Georgia Tbilisi")?
 */
function firstNameBeforeSurname(words: Word[], i: number, ctx: ScanContext): boolean {
  const w = words[i];
  const next = words[i + 1];
  if (!ctx.lex.firstNames.has(w.fold) || w.poss || w.sep !== '' || !next || !next.cap || next.upper) return false;
  if (ctx.lex.orgWords.has(next.text) || ctx.lex.functionWords.has(next.fold) || ctx.lowerVocab.has(next.fold) || isRole(next, ctx.lex)) return false;
  return !knownNameAt(words, i + 1, ctx);
}

/** Is a known name (country, place or gazetteer actor) at `i`? */
function knownNameAt(words: Word[], i: number, ctx: ScanContext): boolean {
  return ctx.lex.names.match(words, i).length > 0;
}

/** Capitalised words from `i`: the end of the run, allowing particles and (for organisations) connectors. */
function capRun(words: Word[], i: number, ctx: ScanContext): number {
  let j = i;
  while (j < words.length) {
    const w = words[j];
    const isCap = (w.cap && !(w.upper && commonWord(w, ctx))) || (w.upper && !commonWord(w, ctx));
    if (isCap) {
      if (j > i && isRole(w, ctx.lex) && !ctx.lex.orgWords.has(w.text) && !roleInName(words, j, ctx)) break;
      // "Jane Doe KC", "John Smith MP": post-nominal letters end a person's name
      if (j > i && ctx.lex.postNominals.has(w.text)) break;
      j++;
      const after = words[j];
      // "People's Party", "People's Progressive Front": a possessive runs on only into an organisation name
      if (w.poss) {
        // (an acronym's possessive owns the body after it: "the CBE's Monetary Policy Committee")
        if (w.sep === '' && after && !w.upper && orgWordAhead(words, j, ctx)) continue;
        break;
      }
      // "Northgate Water & Power", "Brantley & Moss Bank"
      if (w.sep === '&' && after && (after.cap || after.upper) && !ctx.lex.functionWords.has(after.fold)) continue;
      // "the Meteorology, Climatology and Geophysics Agency (BMKG)": a list inside a name its acronym closes
      if (w.sep === ',' && after && (after.cap || after.upper) && acronymAhead(words, j)) continue;
      if (w.sep !== '' && w.sep !== '-') break;
      continue;
    }
    // a number inside a name when a media cue follows ("the Korvel 9 channel")
    const next = words[j + 1];
    if (j > i && w.sep === '' && /^\p{N}+$/u.test(w.text) && next && ctx.lex.mediaCues.match(words, j + 1).length > 0) {
      j++;
      break;
    }
    // "the Government Delegation in Madrid", "the US Embassy in Nairobi": a body named by where it sits
    if (w.fold === 'in' && j > i && w.sep === '' && next && ctx.lex.locatedOrgWords.has(words[j - 1].text) && words[j - 1].sep === '') {
      const m = ctx.lex.names.match(words, j + 1)[0];
      if (m && m.value.type !== 'actor') {
        j = m.end;
        break;
      }
    }
    // connectors inside organisation names, particles inside person names ("Office for the Coordination")
    const capAfter = next && (next.cap || next.upper || (next.fold === 'the' && next.sep === '' && (words[j + 2]?.cap ?? false)));
    // "Central Agency for Public Mobilisation and Statistics (CAPMAS)", "Platform in Defence of …
    // (PDSNS)": an acronym in parentheses closes one name, so its connectors join
    // (not after a lone word opening the sentence: "Officers of the … Centre (TCOC)")
    const loneOpener = j === i + 1 && (i === 0 || words[i - 1].sep !== '') && !ctx.lex.orgWords.has(words[i].text);
    if (j > i && capAfter && w.sep === '' && NAME_CONNECTORS.has(w.fold) && !loneOpener && acronymAhead(words, j + 1)) {
      j++;
      continue;
    }
    if (j > i && capAfter && w.sep === '') {
      if (PARTICLES.has(w.fold) && (next.cap || next.upper)) {
        j++;
        continue;
      }
      // "Cork Hospital on Friday", "the Rail Company in March": a date is no part of a name
      if (ORG_CONNECTORS.has(w.fold) && !ctx.lex.dateNames.has(next.fold)) {
        // only when an organisation word is on either side: "Ministry of Defence", "Bank of England"
        let before = false;
        for (let m = i; m < j && !before; m++) before = ctx.lex.orgWords.has(words[m].text);
        let k = j + 1;
        if (words[k]?.fold === 'the' && words[k].sep === '') k++;
        let after = false;
        for (let m = k; m < words.length && m < k + 4 && (words[m].cap || words[m].upper); m++) {
          if (ctx.lex.orgWords.has(words[m].text)) after = true;
          if (words[m].sep !== '') break;
        }
        // "and" between two whole organisations ("the Tarvel Post and the Dunmore Water Authority") joins nothing
        const coordination = (w.fold === 'and' || w.fold === '&') && ((before && after) || next.fold === 'the');
        // org word after only: not "of" after a person's name ("Jane Doe of Halloway Holdings")
        const personOf = (w.fold === 'of' || w.fold === 'for') && (j - i > 1 || ctx.lex.firstNames.has(words[i].fold));
        // a word capitalised only because it starts the sentence ("Leaders of the X Party") starts no name
        const plainStart = (i === 0 || words[i - 1].sep !== '') && !(ctx.midCaps?.has(words[i].fold) ?? true);
        // "the Federated Dockers of Ostland": a definite name runs on through "of"
        const definiteOf = w.fold === 'of' && i > 0 && words[i - 1].fold === 'the' && words[i - 1].sep === '';
        // "Hearts of Oak", "Friends of Tarvel Wood": a plural capitalised noun, "of" and a capital that is no place
        // (not after a person's first name: "John Hughes of Tarvex")
        const pluralOf = w.fold === 'of' && !plainStart && !ctx.lex.firstNames.has(words[i].fold) && (next.cap || next.upper) && /\p{Ll}s$/u.test(words[j - 1].text) && !isRole(words[j - 1], ctx.lex) && !knownNameAt(words, j + 1, ctx);
        if (!coordination && (before || (after && !personOf && !plainStart) || definiteOf || pluralOf)) {
          j++;
          continue;
        }
      }
    }
    break;
  }
  return j;
}

/**
 * May the capitalised role word at `j` stay inside the name being read? When
 * it ends the name ("the Health Service Executive said"; not before a person:
 * "Party Chairman Jan Veld"), or as a possessive before an organisation word
 * ("the Information Commissioner's Office").
 */
function roleInName(words: Word[], j: number, ctx: ScanContext): boolean {
  const w = words[j];
  const next = words[j + 1];
  if (w.poss) return w.sep === '' && next !== undefined && ctx.lex.orgWords.has(next.text);
  if (!ctx.lex.nameFinalRoles.has(w.text)) return false;
  return !next || w.sep !== '' || !(next.cap || next.upper);
}

/** A lower-case descriptor noun ("consultancy", "think tank", "broadcaster") ending right before word `i`: the kind it gives the name after. */
function descriptorBefore(words: Word[], i: number, ctx: ScanContext): ActorKind | null {
  return descriptorAt(words, i, ctx.lex)?.kind ?? null;
}

/**
 * The lower-case descriptor noun phrase ("weather agency", "news agency",
 * "consultancy") right before word `i`: its first word and the kind it gives
 * the name after; the longest phrase wins, organisation nouns before media cues.
 */
export function descriptorAt(words: Word[], i: number, lex: Lexicon): { from: number; kind: ActorKind } | null {
  for (let back = 2; back >= 1; back--) {
    if (i - back < 0) continue;
    let plain = true;
    for (let k = i - back; k < i; k++) if (words[k].cap || words[k].upper || words[k].sep !== '') plain = false;
    if (!plain) continue;
    const m = lex.orgNouns.match(words, i - back, back).find((x) => x.end === i);
    if (m) return { from: i - back, kind: m.value };
    if (lex.mediaCues.match(words, i - back, back).some((x) => x.end === i)) return { from: i - back, kind: 'media' };
  }
  return null;
}

/** A capitalised descriptor noun opening a clause before a name ("Broadcaster JoyNews reported", "Carmaker Voltra said"): its kind, or null. */
function leadingDescriptor(words: Word[], i: number, ctx: ScanContext): ActorKind | null {
  const w = words[i];
  const next = words[i + 1];
  if (!w.cap || w.upper || w.poss || w.sep !== '' || !next || !(next.cap || next.upper) || (i > 0 && words[i - 1].sep === '')) return null;
  // a word that names bodies itself ("Union Pacific", "Guard Brothers") is part of the name
  if (ctx.lex.functionWords.has(next.fold) || ctx.lex.orgWords.has(w.text)) return null;
  // a one-word match reads only the word's key and fold, not its casing
  if (ctx.lex.mediaCues.match(words, i, 1).length > 0) return 'media';
  return ctx.lex.orgNouns.match(words, i, 1)[0]?.value ?? null;
}

/**
 * "the Semaf train drivers' union", "the Orvik mining company": after "the"
 * and a name, one to three lower-case words describing the body, then an
 * organisation noun. Returns the noun's kind, or null.
 */
function describedBody(words: Word[], e: number, ctx: ScanContext): ActorKind | null {
  for (let k = e; k < words.length && k - e < 3; k++) {
    const w = words[k];
    if (w.cap || w.upper || w.poss || /\d/.test(w.text) || ctx.lex.functionWords.has(w.fold) || ctx.lex.speechVerbs.has(w.fold)) return null;
    if (w.sep !== '' && w.sep !== "'" && w.sep !== '’') return null;
    const m = ctx.lex.orgNouns.match(words, k + 1)[0];
    if (m) return m.value;
  }
  return null;
}

/**
 * The kind an apposition gives the name before it when its head noun (the
 * last word before a preposition or the closing comma) is an organisation
 * noun or a media cue: ", the country's largest nursing union," → organisation.
 */
function appositionKind(words: Word[], e: number, ctx: ScanContext): ActorKind | null {
  if (e <= 0 || e >= words.length || words[e - 1].sep !== ',') return null;
  const first = words[e].fold;
  if (first !== 'the' && first !== 'a' && first !== 'an') return null;
  let head = -1;
  for (let k = e + 1; k < words.length && k - e <= 10; k++) {
    if (ctx.lex.prepositions.has(words[k].fold) || RELATIVES.has(words[k].fold)) break;
    head = k;
    if (words[k].sep !== '' && words[k].sep !== '-' && words[k].sep !== '’' && words[k].sep !== "'") break;
  }
  if (head < 0 || words[head].cap || words[head].poss) return null;
  if (ctx.lex.mediaCues.match(words, head, 1).length > 0) return 'media';
  return ctx.lex.orgNouns.match(words, head, 1)[0]?.value ?? null;
}

/** Scan the words of one sentence; `pos` maps candidates to character offsets. */
export function scanSentence(words: Word[], ctx: ScanContext): Candidate[] {
  const { lex } = ctx;
  const out: Candidate[] = [];
  const n = words.length;
  // a byline ("By Jane Doe, staff writer") names the article's writers, not its actors
  if (n > 1 && words[0].fold === 'by' && (words[1].cap || words[1].upper) && !lex.functionWords.has(words[1].fold)) return out;
  // a photo credit ("(Courier photo / Jane Doe)", "Photograph: Jane Doe/Outlet") runs to a closing bracket or the end
  let creditFrom = n;
  let creditTo = n;
  for (let k = 0; k < n - 1; k++) {
    const sep = words[k].sep;
    if (sep !== '' && lex.creditWords.has(words[k].fold) && (sep.includes(':') || sep.includes('/'))) {
      creditFrom = k + 1;
      for (let m = k + 1; m < n; m++) {
        if (words[m].sep.includes(')')) {
          creditTo = m + 1;
          break;
        }
      }
      break;
    }
  }
  let i = 0;
  while (i < n) {
    const w = words[i];
    if (i >= creditFrom && i < creditTo) {
      i = creditTo;
      continue;
    }
    // most words are lower-case words that start nothing below: skip them at once
    if (!w.cap && !w.upper && inertLower(w, lex)) {
      i++;
      continue;
    }

    // "the union's lawyer": a definite organisation noun in the possessive refers back
    if (w.fold === 'the' && w.sep === '' && i + 1 < n && words[i + 1].poss && !words[i + 1].cap) {
      const m = lex.orgNouns.match(words, i + 1, 1)[0];
      if (m && m.value === 'organisation') {
        out.push({ type: 'anaphor', start: words[i + 1].start, end: words[i + 1].end, w0: i + 1, w1: i + 2, head: words[i + 1].fold });
        i += 2;
        continue;
      }
    }

    // 1. a title, then a name (or an office standing alone)
    const title = parseTitle(words, i, lex);
    if (title) {
      const person = titledName(words, title, ctx, out);
      if (person) {
        i = person;
        continue;
      }
    }
    const prevCand = out[out.length - 1];
    // (a body's office that speaks, "BSP governor says", has the body as its possessor too)
    const possessor =
      prevCand &&
      prevCand.w1 === i &&
      words[i - 1].sep === '' &&
      (prevCand.type === 'name' || prevCand.type === 'country') &&
      (prevCand.type === 'country' || prevCand.kind === 'person' || (prevCand.kind === 'organisation' && title !== null && speechVerbAfter(words, title.end, lex) >= 0))
        ? prevCand
        : null;
    const office = title && (title.anchored || possessor) && !/^(a|an)$/.test(words[i].fold) ? title : null;

    // 2. group nouns: "Russian troops", "the defence ministry" (unless an office runs on: "Ukraine's army commander")
    const group = parseGroup(words, i, lex);
    if (group && !(office && office.end > group.end)) {
      out.push({ type: 'group', start: words[group.start].start, end: words[group.end - 1].end, w0: group.start, w1: group.end, hit: group, personSide: null });
      i = group.end;
      continue;
    }

    // "(Africa CDC)": a two-word acronym in parentheses defines the name before it
    if (i > 0 && i + 1 < n && words[i - 1].sep.endsWith('(') && (w.cap || w.upper) && w.sep === '' && words[i + 1].sep.startsWith(')') && isAcronym(words[i + 1]) && !words[i + 1].poss) {
      i = pushOrg(out, words, i, i + 2, `${w.text} ${words[i + 1].text}`, 'organisation', true);
      continue;
    }

    // 3. gazetteer, countries and known places
    const found = knownAt(words, i, ctx);
    // "Chad Miller", "Jordan Reyes": a country that is also a first name, before a surname
    const known = found && found.hit.type === 'country' && found.end === i + 1 && firstNameBeforeSurname(words, i, ctx) ? null : found;
    if (known) {
      const runEnd = w.cap || w.upper ? capRun(words, i, ctx) : i;
      let runIsOrg = false;
      for (let k = known.end; k < runEnd && !runIsOrg; k++) runIsOrg = lex.orgWords.has(words[k].text);
      // "Accra Hearts of Oak": a capital that runs on into capitalised words names a club or a body, not the city
      const cityName = known.hit.type === 'country' && known.hit.capital && runEnd > known.end && words[known.end - 1].sep === '' && !words[known.end - 1].poss && !isRole(words[known.end], lex);
      if (!runIsOrg && !cityName) {
        if (isOutlet(words, i, known.end, ctx) || modifierUse(words, i, known)) i = known.end;
        else i = pushKnown(words, i, known, ctx, out);
        continue;
      }
    }

    // 4. offices without a name: "the Irish prime minister", "Putin aide", "his aide"
    if (office) {
      innerAffiliations(words, office.start, office.end, ctx, out);
      innerGroups(words, office.start, office.end, office.side, ctx, out);
      const possName = possessor ? (possessor.type === 'country' ? possessor.country.name : possessor.name) : null;
      innerOrgs(words, office.start, office.end, ctx, out);
      out.push({ type: 'office', start: words[office.start].start, end: words[office.end - 1].end, w0: office.start, w1: office.end, title: office, possessor: possName });
      i = office.end;
      continue;
    }
    // "the ministry said", "the union's figures": a definite organisation noun refers back
    if (w.fold === 'the' && w.sep === '' && i + 1 < n) {
      // "the Bremen-based carmaker", "the state-owned lender": modifiers between the article and the noun
      let h = i + 1;
      while (h < n - 1 && h - i <= 2 && words[h].sep === '' && (PLACE_MODIFIER.test(words[h].text) || lex.descriptionModifiers.has(words[h].fold))) h++;
      // "the Velmar club", "the Superliga side": a place or league name before a sports club's noun
      if (h === i + 1 && h < n - 1 && (words[h].cap || words[h].upper) && !words[h].poss && words[h].sep === '' && !words[h + 1].cap && lex.clubNouns.has(words[h + 1].fold)) h++;
      const head = words[h];
      const m = lex.orgNouns.match(words, h, 1)[0];
      const aux = words[h + 1] !== undefined && head.sep === '' && lex.auxiliaries.has(words[h + 1].fold);
      if (m && m.value === 'organisation' && !head.cap && (head.poss || head.sep !== '' || aux || speechVerbAfter(words, h + 1, lex) >= 0 || subjectVerbAt(words, h + 1, lex))) {
        out.push({ type: 'anaphor', start: head.start, end: head.end, w0: h, w1: h + 1, head: head.fold });
        i = h + 1;
        continue;
      }
    }
    // "a charity whose ship took part said …": an indefinite organisation that speaks is named later in the story
    if ((w.fold === 'a' || w.fold === 'an') && w.sep === '' && i + 1 < n && !words[i + 1].cap) {
      const head = words[i + 1];
      const m = lex.orgNouns.match(words, i + 1, 1)[0];
      if (m && m.value === 'organisation' && head.sep === '' && (speechVerbAfter(words, i + 2, lex) >= 0 || relativeSpeech(words, i + 2, lex))) {
        out.push({ type: 'anaphor', start: head.start, end: head.end, w0: i + 1, w1: i + 2, head: head.fold, indefinite: true });
        i += 2;
        continue;
      }
    }
    // "as union says 9,000 staff join", "police say": a bare organisation noun opening a clause before a speech verb
    if (!w.cap && !w.upper && !w.poss && w.sep === '' && (i === 0 || words[i - 1].sep !== '' || CLAUSE_OPENERS.has(words[i - 1].fold)) && speechVerbAfter(words, i + 1, lex, 0) >= 0) {
      const m = lex.orgNouns.match(words, i, 1)[0];
      if (m && m.value === 'organisation') {
        out.push({ type: 'anaphor', start: w.start, end: w.end, w0: i, w1: i + 1, head: w.fold });
        i++;
        continue;
      }
    }
    if (!w.cap && !w.upper) {
      i++;
      continue;
    }

    // 5. capitalised sequences; a descriptor noun opening the clause is no part of the name ("Broadcaster JoyNews")
    const lead = leadingDescriptor(words, i, ctx);
    if (lead) {
      const e = capRun(words, i + 1, ctx);
      if (e > i + 1) {
        i = classifyRun(words, i + 1, e, ctx, out, lead);
        continue;
      }
    }
    let s = i;
    // "Across Sudan, …", "Inside Tarvel": a preposition opening the sentence is no part of a name
    if (i === 0 && w.cap && !w.upper && lex.prepositions.has(w.fold)) {
      i++;
      continue;
    }
    // "Separate CSO figures showed": a plain word opening the sentence before an acronym is no part of its name (a legal form is: "Vindrose AG")
    if (i === 0 && w.cap && !w.upper && w.sep === '' && words[1]?.upper && !lex.orgWords.has(words[1].text) && !lex.orgWords.has(w.text) && !lex.firstNames.has(w.fold) && !isRole(w, lex) && !lex.placePrefixes.has(w.text) && !lex.adjectives.starts(w) && !(words[1].sep === '' && speechVerbAfter(words, 2, lex, 0) >= 0)) {
      // (but "Ferry VL says": the two words are the subject of a speech verb)
      i++;
      continue;
    }
    // leading common words at a sentence start or in an all-caps lead-in are not names
    while (s < n && (words[s].cap || words[s].upper) && commonWord(words[s], ctx) && (s === 0 || words[s].upper || words[s - 1].sep !== '') && !orgWordBeforeCountry(words, s, ctx)) s++;
    if (s > i) {
      i = s;
      continue;
    }
    const e = capRun(words, i, ctx);
    if (e <= i) {
      i++;
      continue;
    }
    i = classifyRun(words, i, e, ctx, out);
  }
  return out;
}

/**
 * Does the lower-case word `w` start nothing `scanSentence` looks for: a
 * title, a group noun, "the"/"a" + an organisation noun, or a bare
 * organisation noun before a speech verb? Each branch of the scan loop needs
 * one of these (the lexicon's LOWER_START words, by fold or trie key), so
 * such a word is skipped at once.
 */
function inertLower(w: Word, lex: Lexicon): boolean {
  return (lex.wordIndex.foldClasses(w) & LOWER_START) === 0 && (w.key === w.fold || (lex.wordIndex.keyClasses(w) & LOWER_START) === 0);
}

type Known = { end: number; hit: import('./lexicon.ts').NameHit };

/** The longest gazetteer/country/place phrase at `i` whose capitals agree with the text. */
/**
 * "Statistics Norway said", "Police Scotland said": an organisation word
 * followed by a country names a body, even where the word is common
 * elsewhere in the article ("the statistics agency").
 */
function orgWordBeforeCountry(words: Word[], k: number, ctx: ScanContext): boolean {
  const w = words[k];
  if (w.upper || w.sep !== '' || !ctx.lex.orgWords.has(w.text) || k + 1 >= words.length) return false;
  const known = knownAt(words, k + 1, ctx);
  return known !== null && known.hit.type === 'country' && !known.hit.capital;
}

function knownAt(words: Word[], i: number, ctx: ScanContext): Known | null {
  const w = words[i];
  if (!w.cap && !w.upper) return null;
  for (const m of ctx.lex.names.match(words, i)) {
    if (!capsOk(words, i, m.value.caps)) continue;
    // an all-caps common word ("US" is fine, "WHO" at a headline start is not) needs the alias itself in capitals
    if (m.end - i === 1 && w.upper && !m.value.caps[0]) continue;
    if (m.end - i === 1 && w.upper && w.text.length > 1 && m.value.type === 'actor' && ctx.lex.functionWords.has(w.fold) && !/^\p{Lu}+$/u.test(aliasText(m.value))) continue;
    return { end: m.end, hit: m.value };
  }
  return null;
}

/** A known organisation used as a modifier after "a"/"an" ("a G20 gathering", "an OPEC-style cut"). */
function modifierUse(words: Word[], i: number, known: Known): boolean {
  const prev = words[i - 1];
  const next = words[known.end];
  if (!prev || !next || known.hit.type !== 'actor' || known.hit.entry.kind === 'person') return false;
  return (prev.fold === 'a' || prev.fold === 'an') && prev.sep === '' && words[known.end - 1].sep === '' && !next.cap && !next.upper;
}

/** Unknown organisations named inside a title ("Drivers' Guild spokeswoman", "ABC district director"). */
function innerOrgs(words: Word[], a: number, b: number, ctx: ScanContext, out: Candidate[]) {
  const { lex } = ctx;
  for (let k = a; k < b; k++) {
    const w = words[k];
    if (!w.cap && !w.upper) continue;
    const aff = affiliationAt(words, k, lex);
    if (aff) {
      k = aff.end - 1;
      continue;
    }
    let j = k;
    let plain = false;
    let org = false;
    while (j < b && (words[j].cap || words[j].upper) && (!isRole(words[j], lex) || lex.orgWords.has(words[j].text))) {
      if (!lex.modifiers.has(words[j].fold)) plain = true;
      if (lex.orgWords.has(words[j].text)) org = true;
      j++;
      if (words[j - 1].poss || (words[j - 1].sep !== '' && words[j - 1].sep !== '-')) break;
    }
    if (j > k && plain && (org || (j - k === 1 && isAcronym(w))) && !isOutlet(words, k, j, ctx) && !commonWord(w, ctx)) {
      out.push({ type: 'name', start: w.start, end: words[j - 1].end, w0: k, w1: j, kind: 'organisation', name: nameText(words, k, j), entry: null, role: null, side: null, gender: null, cue: true, how: 'discovered', p0: k });
    }
    if (j > k) k = j - 1;
  }
}

const EMPLOYER_PREPS = new Set(['at', 'with', 'of', 'for', 'from']);

/** Unknown organisations and places inside an apposition ("a political scientist at the University of Tarvel"). */
function appositionOrgs(words: Word[], a: number, b: number, ctx: ScanContext, out: Candidate[]) {
  const { lex } = ctx;
  for (let k = a; k < b; k++) {
    const w = words[k];
    if (!w.cap && !w.upper) continue;
    const known = knownAt(words, k, ctx);
    const aff = known ? null : affiliationAt(words, k, lex);
    // "an economist at the Irish Consumer Council": a country adjective that opens an organisation's name stays in it
    const adjOrg = aff !== null && aff.country !== null && aff.entry === null && words[aff.end - 1].sep === '' && !words[aff.end - 1].poss && orgWordAhead(words, aff.end, ctx) && lex.adjectives.match(words, k).some((m) => m.end === aff.end);
    if ((known || aff) && !adjOrg) {
      k = (known ?? aff)!.end - 1;
      continue;
    }
    if (!adjOrg && (isRole(w, lex) || lex.modifiers.has(w.fold))) continue;
    const j = Math.min(capRun(words, k, ctx), b);
    if (j <= k) continue;
    let org = false;
    for (let m = k; m < j; m++) if (lex.orgWords.has(words[m].text)) org = true;
    let p = k - 1;
    if (p >= a && words[p].fold === 'the') p--;
    // "an analyst at consultancy Northgate Risk": a descriptor noun between the preposition and the name
    const described = descriptorBefore(words, k, ctx);
    const employer = (p >= a && EMPLOYER_PREPS.has(words[p].fold) && words[p].sep === '') || described !== null;
    if (!isOutlet(words, k, j, ctx) && !(j - k === 1 && commonWord(w, ctx))) {
      if (!org && placeByContext(words, k, j, false, ctx, out)) out.push({ type: 'place', start: w.start, end: words[j - 1].end, w0: k, w1: j, name: nameText(words, k, j) });
      else if (org || employer) out.push({ type: 'name', start: w.start, end: words[j - 1].end, w0: k, w1: j, kind: 'organisation', name: nameText(words, k, j), entry: null, role: null, side: null, gender: null, cue: true, how: 'discovered', p0: k });
    }
    k = j - 1;
  }
}

function aliasText(hit: import('./lexicon.ts').NameHit): string {
  return hit.type === 'actor' ? hit.entry.name : hit.type === 'country' ? hit.country.name : hit.name;
}

/** Push a known name; returns the index of the next word to scan (after an apposition). */
function pushKnown(words: Word[], i: number, known: Known, ctx: ScanContext, out: Candidate[]): number {
  const start = words[i].start;
  const end = words[known.end - 1].end;
  const hit = known.hit;
  if (hit.type === 'country') {
    out.push({ type: 'country', start, end, w0: i, w1: known.end, country: hit.country, capital: hit.capital });
    return known.end;
  }
  if (hit.type === 'place') {
    out.push({ type: 'place', start, end, w0: i, w1: known.end, name: hit.name });
    return known.end;
  }
  const e = hit.entry;
  const app = e.kind === 'person' ? parseApposition(words, known.end, ctx.lex) : null;
  out.push({
    type: 'name',
    start,
    end,
    w0: i,
    w1: known.end,
    kind: e.kind,
    name: wordsText(words, i, known.end),
    entry: e,
    role: app?.role || null,
    side: e.side,
    gender: e.gender,
    cue: true,
    how: 'gazetteer',
    p0: i,
  });
  return app ? appositionContents(words, app, e.side, ctx, out) : known.end;
}

/** Organisations, countries and institutions named inside an apposition; returns the word after it. */
function appositionContents(words: Word[], app: Apposition, side: string | null, ctx: ScanContext, out: Candidate[]): number {
  innerAnaphors(words, app.start - 1, app.end, ctx, out);
  innerAffiliations(words, app.start, app.end, ctx, out);
  innerGroups(words, app.start, app.end, side ?? app.side, ctx, out);
  appositionOrgs(words, app.start, app.end, ctx, out);
  return app.end;
}

/** After a title: the person's name, or an office standing alone; returns the next word index or 0. */
function titledName(words: Word[], title: TitleParse, ctx: ScanContext, out: Candidate[]): number {
  const { lex } = ctx;
  let j = title.end;
  const last = words[j - 1];
  const commaName = last.sep === ',' && title.anchored;
  if (last.sep !== '' && !commaName) return 0;
  if (j >= words.length) return 0;
  // the thing after the title is a known non-person ("state news agency Tass"): not a person
  const known = knownAt(words, j, ctx);
  if (known && !(known.hit.type === 'actor' && known.hit.entry.kind === 'person')) return 0;
  let e: number;
  let entry: GazEntry | null = null;
  if (known && known.hit.type === 'actor') {
    entry = known.hit.entry;
    e = known.end;
    // "President Vladimir Putin": the gazetteer has "Putin" too; take the longer capitalised run
    const run = nameRun(words, j, ctx);
    if (run > e) e = run;
  } else {
    e = nameRun(words, j, ctx);
  }
  if (e <= j) return 0;
  if (commaName && !(words[e - 1].sep === ',' || words[e - 1].sep === '' || speechVerbAfter(words, e, lex) >= 0)) return 0;
  // a credit line of the article's own staff ("Tarvel correspondent Jane Doe") names no actor
  if (e === words.length && title.start <= 2 && lex.pressRoles.match(words, title.end - 1, 1).length > 0) return e;
  const app = parseApposition(words, e, lex);
  const side = title.side;
  out.push({
    type: 'name',
    start: words[j].start,
    end: words[e - 1].end,
    w0: j,
    w1: e,
    kind: 'person',
    name: wordsText(words, j, e),
    entry,
    role: app?.role || title.text,
    side: app?.side ?? side,
    gender: title.gender,
    cue: true,
    how: entry ? 'gazetteer' : 'title',
    p0: title.start,
  });
  innerAffiliations(words, title.start, title.end, ctx, out);
  innerGroups(words, title.start, title.end, entry?.side ?? side, ctx, out);
  innerOrgs(words, title.start, title.end, ctx, out);
  return app ? appositionContents(words, app, entry?.side ?? side, ctx, out) : e;
}

/** "the union's general secretary" inside an apposition: the possessive organisation noun refers back. */
function innerAnaphors(words: Word[], a: number, b: number, ctx: ScanContext, out: Candidate[]) {
  for (let k = Math.max(a, 0); k + 1 < b; k++) {
    const h = words[k + 1];
    if (words[k].fold !== 'the' || words[k].sep !== '' || !h.poss || h.cap) continue;
    const m = ctx.lex.orgNouns.match(words, k + 1, 1)[0];
    if (m && m.value === 'organisation') out.push({ type: 'anaphor', start: h.start, end: h.end, w0: k + 1, w1: k + 2, head: h.fold });
  }
}

/** Institutions inside a title ("chief of the general staff") belong to the title holder's side. */
function innerGroups(words: Word[], a: number, b: number, side: string | null, ctx: ScanContext, out: Candidate[]) {
  for (let k = a; k < b; k++) {
    const g = parseGroup(words, k, ctx.lex);
    if (g && g.end <= b) {
      out.push({ type: 'group', start: words[g.start].start, end: words[g.end - 1].end, w0: g.start, w1: g.end, hit: g, personSide: side });
      k = g.end - 1;
    }
  }
}

/** Organisations and countries named inside a title ("White House spokesperson", "Kremlin aide"). */
function innerAffiliations(words: Word[], a: number, b: number, ctx: ScanContext, out: Candidate[]) {
  for (let k = a; k < b; k++) {
    const known = knownAt(words, k, ctx);
    if (known && known.end <= b && !(known.hit.type === 'actor' && known.hit.entry.kind === 'person')) {
      k = pushKnown(words, k, known, ctx, out) - 1;
    }
  }
}

/** A person name after a title: capitalised words (with particles), up to four. */
function nameRun(words: Word[], j: number, ctx: ScanContext): number {
  let e = j;
  while (e < words.length && e - j < 4) {
    const w = words[e];
    if (w.cap || (w.upper && !ctx.lex.functionWords.has(w.fold))) {
      if (isRole(w, ctx.lex) && e === j) return j;
      if (e > j && ctx.lex.postNominals.has(w.text)) break;
      if (ctx.lex.functionWords.has(w.fold) && !w.upper) break;
      if (ctx.lex.orgWords.has(w.text) || ctx.lex.nonActorHeads.has(w.text)) return j;
      e++;
      if (w.poss || w.sep !== '') break;
      continue;
    }
    if (PARTICLES.has(w.fold) && e > j && words[e + 1]?.cap && w.sep === '') {
      e++;
      continue;
    }
    break;
  }
  return e;
}

/** The name of words [i, e) without a possessive ending ("PP's" → "PP"). */
function nameText(words: Word[], i: number, e: number): string {
  const t = wordsText(words, i, e);
  return words[e - 1].poss ? t.slice(0, -2) : t;
}

/** Endings of English plural nouns for people and things ("rescuers", "officials", "residents", "protesters"). */
const COMMON_PLURAL = /(?:ers|ors|ists|ians|ents|ants|ials|ees|ives|ies|ites|ions|ics|ances|ences|ings|sses)$/;

/** A plural of a role word ("Analysts", "Witnesses", "Officials"): people described, not named. */
function pluralRole(f: string, lex: Lexicon): boolean {
  if (f.length < 4 || !f.endsWith('s')) return false;
  return lex.roles.has(f.slice(0, -1)) || (f.endsWith('es') && lex.roles.has(f.slice(0, -2)));
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'after', 'before', 'when', 'since', 'because', 'although', 'though']);

/** Is words [i, e) the article's own outlet ("VALLEY COURIER", "the Courier")? */
function isOutlet(words: Word[], i: number, e: number, ctx: ScanContext): boolean {
  if (!ctx.outlet || ctx.outlet.size === 0) return false;
  let key = '';
  for (let k = i; k < e; k++) key += (k > i ? ' ' : '') + words[k].fold;
  return ctx.outlet.has(key);
}

/** A place by its form or neighbourhood (prefix, place word after, cue or preposition before, a place list). */
function placeByContext(words: Word[], i: number, e: number, hasOrgWord: boolean, ctx: ScanContext, out: Candidate[]): boolean {
  const { lex } = ctx;
  const next = words[e];
  const last = words[e - 1];
  // "Kursk region", "Tarvel province" (a lower-case place word after)
  // (not when a role follows: "WOT district director")
  if (next && last.sep === '' && !last.poss && lex.placeHeads.has(next.fold) && !next.cap && !(next.sep === '' && words[e + 1] && isRole(words[e + 1], lex))) return true;
  if (hasOrgWord) return false;
  // a dateline read as one run, "TARKWA, Ghana (AP) —": a town, a comma and its country or region
  if (e - i >= 2 && words[e - 2].sep === ',') {
    const m = lex.names.match(words, e - 1).find((x) => x.end === e);
    if (m && (m.value.type === 'place' || m.value.type === 'country')) return true;
  }
  // "Gaza Strip", "Brenna Valley"
  if (e - i >= 2 && lex.placeSuffixes.has(last.text)) return true;
  // "South Tarvel", "Northern Ostmark's", "San Velado", "Fort Brinley"
  if (e - i >= 2 && lex.placePrefixes.has(words[i].text)) return true;
  // "the town of Sudzha", "in the village of X"
  for (let back = 2; back <= 4 && i - back >= 0; back++) {
    const cue = lex.placeCues.match(words, i - back, back);
    if (cue.some((c) => c.end === i)) return true;
  }
  const prev = words[i - 1];
  // "floods in Tarvel", "near Ostmark" (unless a person's first name starts the run)
  if (prev && prev.sep === '' && lex.placePrepositions.has(prev.fold) && !lex.firstNames.has(words[i].fold)) return true;
  // "Mere Tane, 63, from Brackenfield": where a person named with an age comes from
  if (prev && prev.sep === '' && prev.fold === 'from' && i >= 3 && words[i - 2].sep === ',' && words[i - 3].sep === ',' && /^\d{1,3}$/.test(words[i - 2].text)) return true;
  // "Brisk Falls, Oregon": a known region or country after a comma
  if (next && last.sep === ',' && !last.poss) {
    const m = lex.names.match(words, e)[0];
    if (m && (m.value.type === 'place' || (m.value.type === 'country' && !m.value.capital)) && (m.end >= words.length || words[m.end - 1].sep !== '' || !words[m.end].cap)) return true;
  }
  // a list of places: "in Tarvel, Ostmark and Brenna"
  const before = out[out.length - 1];
  if (before && (before.type === 'place' || before.type === 'country') && prev) {
    // (not the holder after an office's place: "the UN's envoy in Sudan, Ingrid Halvorsen, said")
    const apposed = last.sep === ',' && speechVerbAfter(words, e, lex) >= 0;
    if (before.w1 === i && prev.sep === ',' && !apposed && !lex.firstNames.has(words[i].fold)) return true;
    if (before.w1 === i - 1 && (prev.fold === 'and' || prev.fold === 'or') && prev.sep === '' && words[i - 2].sep === '') return true;
  }
  return false;
}

/**
 * Is the "non-actor" word at `k` ("Policy", "Law", "Stock") only a modifier
 * inside an organisation's name? Yes after the organisation word and a
 * connector ("Institute for Public Policy Research", "Ministry of Law and
 * Justice") or right before an organisation word ("Stock Exchange", "Policy
 * Research Institute"); no when it is the head ("Energy Policy", "Security
 * Council Report", "Treaty of Rome").
 */
function modifiesOrgHead(words: Word[], i: number, e: number, k: number, lex: Lexicon): boolean {
  let orgBefore = false;
  for (let m = i; m < k; m++) {
    if (lex.orgWords.has(words[m].text)) orgBefore = true;
    else if (orgBefore && !words[m].cap && !words[m].upper && ORG_CONNECTORS.has(words[m].fold)) return true;
  }
  for (let m = k + 1; m < e; m++) {
    if (!words[m].cap && !words[m].upper) return false;
    if (lex.nonActorHeads.has(words[m].text)) continue;
    if (lex.orgWords.has(words[m].text)) return true;
  }
  return false;
}

/** Decide what a capitalised run [i, e) is: organisation, media, place or person; returns the next word to scan. */
function classifyRun(words: Word[], i: number, e: number, ctx: ScanContext, out: Candidate[], described: ActorKind | null = null): number {
  const { lex } = ctx;
  // a weekday or a month alone ("on Monday, the mine's operator, …") names nobody
  if (e - i === 1 && lex.dateNames.has(words[i].fold)) return e;
  // post-nominal letters after a name ("… Oduya KC said") name nobody
  if (e - i === 1 && i > 0 && lex.postNominals.has(words[i].text) && words[i - 1].sep === '' && (words[i - 1].cap || words[i - 1].upper)) return e;
  // "Toronto-listed Meridian Crest Resources", "London-based Halden Capital": the place modifier is no part of the name
  if (PLACE_MODIFIER.test(words[i].text)) return e - i >= 2 && words[i].sep === '' ? classifyRun(words, i + 1, e, ctx, out, described) : i + 1;
  const start = words[i].start;
  const end = words[e - 1].end;
  const next = words[e];
  const prev = words[i - 1];
  const lastSep = words[e - 1].sep;
  let hasOrgWord = false;
  let hasConnector = false;
  for (let k = i; k < e; k++) {
    const t = words[k].text;
    if (lex.nonActorHeads.has(t) && !modifiesOrgHead(words, i, e, k, lex)) return e;
    // "Pemberton & Hale", "Marks & Spencer": names joined by an ampersand name a firm
    if (lex.orgWords.has(t) || (k < e - 1 && words[k].sep === '&')) hasOrgWord = true;
    if (!words[k].cap && !words[k].upper) hasConnector = true;
  }
  if (isOutlet(words, i, e, ctx)) return e;
  // "Tunisia's National Guard" is the "Tunisian National Guard" (the possessive country as its adjective)
  const owner = hasOrgWord && e - i >= 2 && words[i].poss ? lex.countryByName.get(words[i].fold) : undefined;
  const name = owner && owner.adj.length > 0 ? `${owner.adj[0]} ${nameText(words, i + 1, e)}` : nameText(words, i, e);
  // a bare country adjective ("Russian television") names no actor
  const adj = lex.adjectives.match(words, i)[0];
  if (adj && adj.end >= e) return e;
  // "Integrated Food Security Phase Classification (IPC)", "the Orrin Lake Regional District (OLRD)": a name its own acronym follows is an organisation, even one that reads like a place
  if (e - i >= 2 && lastSep === '(' && next && isAcronym(next) && next.sep.startsWith(')') && initialsFit(next.text, words, i, e)) return pushOrg(out, words, i, e, name, 'organisation');
  if (placeByContext(words, i, e, hasOrgWord, ctx, out)) {
    out.push({ type: 'place', start, end, w0: i, w1: e, name });
    return e;
  }
  const rel = relativeClauseEnd(words, e);
  const verb = speechVerbAfter(words, e, lex) >= 0 || (rel > 0 && speechVerbAfter(words, rel, lex) >= 0);
  const app = parseApposition(words, e, lex);
  // a lone word capitalised only where a clause starts may be a plain noun ("Turnout was …", "Smaller parties …")
  const atStart = i === 0 || prev.sep !== '';
  const plainAtStart = e - i === 1 && atStart && !words[i].upper && !(ctx.midCaps?.has(words[i].fold) ?? false);
  const subject = !plainAtStart && (atStart || CLAUSE_OPENERS.has(prev.fold)) && lastSep === '' && subjectVerbAt(words, e, lex);
  const source = sourceBefore(words, i, lex);
  // media: org words of the press, or a media cue after ("the Rossiya 1 channel")
  const mediaCue = next && lastSep === '' && !words[e - 1].poss && lex.mediaCues.match(words, e).length > 0;
  // "the far-right Cendra party", "Koruba rebels"
  const ownedThing = prev && prev.sep === '' && POSSESSIVE_DETERMINERS.has(prev.fold); // "its Orla Liner service"
  const nounCue =
    next && lastSep === '' && !words[e - 1].poss && !plainAtStart && !ownedThing
      ? lex.orgNouns.match(words, e)[0]?.value ?? (prev?.fold === 'the' && prev.sep === '' ? describedBody(words, e, ctx) : null)
      : null;
  // an organisation word alone ("News") is no name unless it speaks
  const orgWord = hasOrgWord && (e - i >= 2 || verb || source);
  if (orgWord || mediaCue) return pushOrg(out, words, i, e, name, mediaCue || described === 'media' || lex.mediaWords.has(words[e - 1].text) ? 'media' : 'organisation');
  if (nounCue) return pushOrg(out, words, i, e, name, nounCue);
  // "Velora, the country's largest teachers' union, …": an apposition whose head is an organisation noun
  const appKind = app ? null : appositionKind(words, e, ctx);
  if (appKind) return pushOrg(out, words, i, e, name, appKind);
  // "Broadcaster JoyNews", "an analyst at consultancy Northgate Risk", "think tank Ostvale"
  const descriptor = described ?? (prev && !lex.functionWords.has(words[i].fold) ? descriptorBefore(words, i, ctx) : null);
  if (descriptor) return pushOrg(out, words, i, e, name, descriptor);
  // "The mine's operator, Brakvold Madencilik, said": a name set off by commas after the clause's subject, an organisation noun
  if (prev && prev.sep === ',' && !prev.cap && !prev.upper && !prev.poss && lastSep === ',' && !lex.firstNames.has(words[i].fold) && apposedSubject(words, i - 1, lex)) {
    const m = lex.orgNouns.match(words, i - 1, 1).find((x) => x.end === i);
    if (m && m.value === 'organisation') return pushOrg(out, words, i, e, name, 'organisation');
  }
  const afterThe = prev && prev.sep === '' && (prev.fold === 'the' || POSSESSIVE_DETERMINERS.has(prev.fold));
  // an employer: "an analyst at Quillon Partners", "Kevin Doe of Halloway Holdings"
  const employer = prev && prev.sep === '' && employerCue(words, i, ctx, out);
  // "Velmar Railroad Corp. (Velrail)", "Ostmark Electric Co. (Ostelco)": a short name in parentheses right after a body's name, with its initial, is that body's
  if (e - i === 1 && prev && prev.sep.endsWith('(') && lastSep.startsWith(')') && !isAcronym(words[i])) {
    const before = out[out.length - 1];
    if (before && before.type === 'name' && before.kind !== 'person' && before.w1 === i && before.name[0] === words[i].text[0]) {
      return pushOrg(out, words, i, e, name, 'organisation', true);
    }
  }
  // acronyms: an organisation when a cue says so ("the WOT", "WOT said", "(WOT)", "unions ABC and XYZ", "K42 fighters")
  if (e - i === 1 && isAcronym(words[i])) {
    const paren = i > 0 && words[i - 1].sep.endsWith('(') && words[i].sep.startsWith(')');
    const listed = acronymList(words, i, ctx, out);
    // "WOT district director Jane Doe": an acronym right before a title is the holder's organisation
    const roleAfter = lastSep === '' && next !== undefined && (isRole(next, lex) || (next.sep === '' && words[e + 1] !== undefined && isRole(words[e + 1], lex) && lex.modifiers.has(next.fold)) || (next.sep === '' && words[e + 1] !== undefined && isRole(words[e + 1], lex) && !next.cap));
    if (verb || afterThe || source || subject || paren || listed || employer || roleAfter) {
      out.push({ type: 'name', start, end, w0: i, w1: e, kind: 'organisation', name, entry: null, role: null, side: null, gender: null, cue: true, how: 'discovered', p0: i, defines: paren });
    }
    return e;
  }
  if (source || employer) return pushOrg(out, words, i, e, name, 'organisation');
  // "the Friends of the Valley", "the Dockers of Ostmark": a definite name with a connector inside
  if (afterThe && hasConnector && e - i >= 3) return pushOrg(out, words, i, e, name, 'organisation');
  if (afterThe) return e; // "the Foo Bar" without an organisation word is not a person
  const cue = verb || app !== null;
  if (ctx.headline && !cue) {
    // a headline only yields single words that may be known surnames
    if (e - i === 1) out.push(personCandidate(words, i, e, name, null, null, false));
    return e;
  }
  if (e - i >= 2 && !cue) {
    // without a cue, a name is made of words the document never writes in lower case
    for (let k = i; k < e; k++) if ((words[k].cap || words[k].upper) && (ctx.lowerVocab.has(words[k].fold) || lex.functionWords.has(words[k].fold))) return e;
  }
  // a capitalised common plural opening a clause ("Rescuers reached …", "Officials said") is nobody's name
  const lone = e - i === 1 && (subject || verb) && !app;
  // … and so is a lone title ("Minister promises shorter list")
  if (lone && (COMMON_PLURAL.test(words[i].fold) || pluralRole(words[i].fold, lex) || isRole(words[i], lex))) {
    out.push(personCandidate(words, i, e, name, null, null, false));
    return e;
  }
  // "Ferry VL", "Transport for NSW": a name that ends in a short acronym after written-out words is a body, not a person
  if (e - i >= 2 && acronymTail(words, i, e, lex)) return pushOrg(out, words, i, e, name, 'organisation');
  const cand = personCandidate(words, i, e, name, app?.role || null, app?.side ?? null, cue || lone);
  if (cand.type === 'name' && lone) cand.orgIfUnknown = true;
  out.push(cand);
  return app ? appositionContents(words, app, app.side, ctx, out) : e;
}

/** Do words [i, e) end in a two- or three-letter acronym after a word in mixed case ("Ferry VL"; not "Jane Doe KC")? */
function acronymTail(words: Word[], i: number, e: number, lex: Lexicon): boolean {
  const last = words[e - 1];
  // (not a regnal number: "Charles III")
  if (!last.upper || last.text.length > 3 || lex.postNominals.has(last.text) || ROMAN_NUMERAL.test(last.text)) return false;
  return !words[i].upper && words[i].text.length > 1 && !lex.firstNames.has(words[i].fold);
}

const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Does the organisation noun at `k` close the subject that opens its clause
 * ("The mine's operator", "Its parent company"): a determiner or possessive
 * first, then at most two words, no clause break? Not "After talks with the union, Halloran said".
 */
function apposedSubject(words: Word[], k: number, lex: Lexicon): boolean {
  for (let d = k - 1; d >= 0 && k - d <= 3; d--) {
    const w = words[d];
    if (d < k - 1 && w.sep !== '') return false;
    if (w.fold === 'the' || w.fold === 'its' || w.fold === 'their' || w.fold === 'a' || w.fold === 'an' || w.poss) {
      if (w.poss && d > 0 && words[d - 1].sep === '' && (words[d - 1].fold === 'the' || words[d - 1].fold === 'its')) continue;
      return d === 0 || words[d - 1].sep !== '';
    }
    if (lex.functionWords.has(w.fold)) return false;
  }
  return false;
}

/** Push the discovered organisation (or media) named by words [i, e); returns `e`, the next word to scan. */
/** Push a discovered organisation over words [i, e); `defines`: it is an acronym in parentheses naming the name before it. */
function pushOrg(out: Candidate[], words: Word[], i: number, e: number, name: string, kind: ActorKind, defines = false): number {
  const c: Candidate = { type: 'name', start: words[i].start, end: words[e - 1].end, w0: i, w1: e, kind, name, entry: null, role: null, side: null, gender: null, cue: true, how: 'discovered', p0: i };
  if (defines) c.defines = true;
  out.push(c);
  return e;
}

/** After "at"/"with" following a role ("an analyst at X"), or "of" right after a person ("Kevin Doe of X"): X is an employer. */
function employerCue(words: Word[], i: number, ctx: ScanContext, out: Candidate[]): boolean {
  const prep = words[i - 1].fold;
  let k = i - 2;
  if (prep === 'at' || prep === 'with') {
    if (k >= 0 && words[k].fold === 'the') k--;
    return k >= 0 && isRole(words[k], ctx.lex) && !words[k].cap;
  }
  if (prep === 'of') {
    const before = out[out.length - 1];
    return !!before && before.type === 'name' && before.kind === 'person' && before.w1 === i - 1 && words[i - 2].sep === '';
  }
  return false;
}

/** An acronym in a list after a plural organisation noun ("the main unions, ABC and XYZ"), or after another such acronym. */
function acronymList(words: Word[], i: number, ctx: ScanContext, out: Candidate[]): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  const before = out[out.length - 1];
  // "…, ABC and XYZ": the acronym before was an organisation
  if (before && before.type === 'name' && before.kind === 'organisation' && isAcronym(words[before.w0]) && before.w1 >= i - 2) {
    if (before.w1 === i && words[i - 1].sep === ',') return true;
    if (before.w1 === i - 1 && (prev.fold === 'and' || prev.fold === 'or')) return true;
  }
  // "the unions, ABC": an organisation noun right before, separated by a comma or colon
  if (prev.sep === ',' || prev.sep === ':' || prev.sep === '') {
    for (let back = 1; back <= 2 && i - back >= 0; back++) {
      const m = ctx.lex.orgNouns.match(words, i - back, back)[0];
      if (m && m.end === i) return true;
    }
  }
  return false;
}

function personCandidate(words: Word[], i: number, e: number, name: string, role: string | null, side: string | null, cue: boolean): Candidate {
  return { type: 'name', start: words[i].start, end: words[e - 1].end, w0: i, w1: e, kind: 'person', name, entry: null, role, side, gender: null, cue, how: 'discovered', p0: i };
}

