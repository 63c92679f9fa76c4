/**
 * Definite descriptions of organisations: "the union", "the charity's
 * coordinator", "the police", "the coastguard". A description refers to an
 * organisation of the article that the head noun fits:
 *
 *   strong  its name holds the head or a name word of the head's class
 *           ("the union" → "… Nurses and Midwives Organisation", classes in
 *           org-words.yaml), or an apposition described it with the head
 *           ("Velora, the country's largest teachers' union,")
 *   memo    what the same head referred to before in the article
 *   weak    for heads of private bodies ("the company", "the charity"): the
 *           last organisation that is no public body and was not described
 *           as something else ("Alarm Phone, a hotline for …")
 */
import type { DocActor } from './registry.ts';
import { displayName, fold } from './canonical.ts';
import type { Lexicon } from './lexicon.ts';
import { type Candidate, descriptorAt } from './scan.ts';
import type { Word } from './words.ts';
import type { WordSet } from './lower-vocab.ts';

/**
 * Folded words of the description after an organisation's name (", a hotline
 * for migrants in distress,"), or null. A short phrase with a speech verb is
 * the subject of an inverted report, not a description ("… its relief fund,
 * the office said."): with `speechVerbs` given, it is refused.
 */
export function describedAs(words: Word[], e: number, maxWords = 12, speechVerbs?: Set<string>): Set<string> | null {
  if (e <= 0 || e >= words.length || words[e - 1].sep !== ',') return null;
  const first = words[e].fold;
  if (first !== 'the' && first !== 'a' && first !== 'an') return null;
  const out = new Set<string>();
  for (let k = e + 1; k < words.length && k - e <= maxWords; k++) {
    if (speechVerbs?.has(words[k].fold) && k - e <= INVERTED_SUBJECT_WORDS) return null;
    out.add(words[k].fold);
    const sep = words[k].sep;
    if (sep === '' || sep === '-' || sep === '’' || sep === "'") continue;
    return sep === ',' || sep === '.' || sep === '—' || sep === '–' ? out : null;
  }
  return out.size > 0 && words.length - e <= maxWords + 1 ? out : null;
}

/** How many words may stand between ", the" and the verb of an inverted report (", the country's disaster agency said"). */
const INVERTED_SUBJECT_WORDS = 5;

/** A mention of an organisation: the actor and where the mention starts. */
export interface OrgMention {
  actor: DocActor;
  pos: number;
}

/** Folded words of an actor's name, computed once per actor. */
const NAME_WORDS = new WeakMap<DocActor, Set<string>>();
export function nameWords(a: DocActor): Set<string> {
  let set = NAME_WORDS.get(a);
  if (!set) {
    set = new Set(fold(a.name).split(/[\s-]+/).map((w) => w.replace(/['’]s$/, '')));
    NAME_WORDS.set(a, set);
  }
  return set;
}

/** "unions" → "union", "charities" → "charity", "police" → "police". */
export function singularHead(head: string): string {
  const h = fold(head).replace(/['’]s$/, '');
  if (h.endsWith('ies') && h.length > 4) return h.slice(0, -3) + 'y';
  if (h.endsWith('s') && !h.endsWith('ss') && h.length > 3) return h.slice(0, -1);
  return h;
}

/** Does the actor's name fit the head strongly (the head itself or a word of its class)? */
export function nameFits(a: DocActor, head: string, lex: Lexicon): boolean {
  const words = nameWords(a);
  if (words.has(head)) return true;
  const cls = lex.anaphorClasses.get(head);
  if (!cls) return false;
  for (const w of words) if (cls.has(w)) return true;
  return false;
}

function isPublic(a: DocActor, lex: Lexicon): boolean {
  for (const w of nameWords(a)) if (lex.publicWords.has(w)) return true;
  return false;
}

/** Resolves definite descriptions of one article in text order. */
export class DescriptionResolver {
  private memo = new Map<string, DocActor>();
  /** Discovered "people" that a description showed to be organisations. */
  readonly reclassified = new Set<DocActor>();

  constructor(
    private lex: Lexicon,
    /** Organisation mentions of the article, in any order (discovered people too: see `orgLike`). */
    private orgs: OrgMention[],
    /** What appositions (or the gazetteer's role) called each organisation. */
    private descs: Map<DocActor, Set<string>>,
    /** A discovered "person" that may be a body under a name without an organisation word ("Kestrel Mobile"). */
    private orgLike: (a: DocActor) => boolean = () => false,
  ) {}

  /**
   * The organisation a description at `pos` refers to. An indefinite one ("a
   * charity whose ship …") is named after it; a definite one before it, else
   * (a headline: "union says …") by the first fitting name after it.
   */
  resolve(rawHead: string, pos: number, indefinite = false): DocActor | null {
    const head = singularHead(rawHead);
    if (indefinite) return this.settle(head, this.pick(rawHead, head, pos, true));
    const before = this.pick(rawHead, head, pos, false);
    const actor = before.strong?.actor ?? this.memo.get(head) ?? before.weak?.actor ?? this.pick(rawHead, head, pos, true).strong?.actor ?? null;
    return this.settle(head, { strong: actor ? { actor, pos } : null, weak: null });
  }

  private settle(head: string, found: { strong: OrgMention | null; weak: OrgMention | null }): DocActor | null {
    const actor = found.strong?.actor ?? found.weak?.actor ?? null;
    if (!actor) return null;
    // "Kestrel Mobile said …; the company said …": the description shows a body
    if (actor.kind === 'person') {
      actor.kind = 'organisation';
      actor.gender = null;
      this.reclassified.add(actor);
    }
    this.memo.set(head, actor);
    return actor;
  }

  /** Does an apposition describe a private body of some kind ("a subsidiary of …", "the country's largest lender")? */
  private privateDescription(desc: Set<string>): boolean {
    for (const w of desc) if (this.lex.privateHeads.has(w)) return true;
    return false;
  }

  /** The last fitting mention before `pos` (or the first after it, with `after`), strong and weak. */
  private pick(rawHead: string, head: string, pos: number, after: boolean): { strong: OrgMention | null; weak: OrgMention | null } {
    let strong: OrgMention | null = null;
    let weak: OrgMention | null = null;
    const isPrivate = this.lex.privateHeads.has(head);
    const better = (m: OrgMention, cur: OrgMention | null) => !cur || (after ? m.pos < cur.pos : m.pos > cur.pos);
    for (const m of this.orgs) {
      if (after ? m.pos <= pos : m.pos >= pos) continue;
      const a = m.actor;
      if (a.kind === 'country' || (a.kind === 'person' && !(isPrivate && this.orgLike(a)))) continue;
      const desc = this.descs.get(a);
      if (nameFits(a, head, this.lex) || desc?.has(head) || desc?.has(rawHead)) {
        if (better(m, strong)) strong = m;
      } else if (isPrivate && (!desc || this.privateDescription(desc)) && ((a.kind === 'organisation' && !isPublic(a, this.lex)) || (a.kind === 'person' && this.orgLike(a)))) {
        if (better(m, weak)) weak = m;
      }
    }
    return { strong, weak };
  }
}

/**
 * "Club Atlético Velmar have accepted a bid from Kingsmere Athletic …, the club
 * said": a description closing the sentence before its speech verb stands for
 * the body that opens the sentence, when that body fits its noun.
 */
function invertedSubject(c: Extract<Candidate, { type: 'anaphor' }>, s: number, resolved: ResolvedMention[], allWords: Word[][], descs: Map<DocActor, Set<string>>, lex: Lexicon): DocActor | null {
  const words = allWords[s];
  if (c.w0 < 3 || words[c.w0 - 1].fold !== 'the' || words[c.w0 - 2].sep !== ',' || !lex.speechVerbs.has(words[c.w1]?.fold ?? '')) return null;
  const head = singularHead(c.head);
  for (const r of resolved) {
    if (r.sentence !== s || r.cand.type !== 'name' || r.cand.w0 > 2) continue;
    if (r.actor.kind !== 'organisation' && r.actor.kind !== 'group') continue;
    if (nameFits(r.actor, head, lex) || descs.get(r.actor)?.has(head) || (lex.privateHeads.has(head) && !isPublic(r.actor, lex))) return r.actor;
  }
  return null;
}

/** A candidate resolved to an actor, as the stage keeps them. */
export interface ResolvedMention {
  cand: Candidate;
  actor: DocActor;
  sentence: number;
}

/**
 * Resolve the description candidates ("anaphor") of an article: collects what
 * appositions, descriptor nouns and gazetteer roles say of each organisation,
 * then resolves each description in text order and reports it with `add`.
 */
export function resolveDescriptions(
  cands: Candidate[][],
  resolved: ResolvedMention[],
  allWords: Word[][],
  lex: Lexicon,
  lowerVocab: WordSet,
  add: (cand: Candidate, actor: DocActor, how: string, sentence: number) => void,
): void {
  if (!cands.some((list) => list.some((c) => c.type === 'anaphor'))) return;
  const orgMentions: OrgMention[] = [];
  const descs = new Map<DocActor, Set<string>>();
  const describe = (a: DocActor, words: Iterable<string>) => {
    const set = descs.get(a) ?? new Set<string>();
    for (const w of words) set.add(w);
    descs.set(a, set);
  };
  const surface = new Map<DocActor, string>();
  for (const r of resolved) {
    if (r.actor.kind === 'country') continue;
    orgMentions.push({ actor: r.actor, pos: r.cand.start });
    if (r.cand.type === 'name' && !surface.has(r.actor)) surface.set(r.actor, r.cand.name);
    // a known body is what its gazetteer role says ("UN refugee agency")
    if (r.actor.known && r.actor.role && !descs.has(r.actor)) descs.set(r.actor, new Set(fold(r.actor.role).split(/[\s-]+/)));
    if (r.actor.kind === 'person' || r.cand.type !== 'name') continue;
    // "the state weather agency AEMET": the descriptor before the name describes it too
    const words = allWords[r.sentence];
    const before = descriptorAt(words, r.cand.w0, lex);
    if (before) describe(r.actor, words.slice(before.from, r.cand.w0).map((w) => w.fold));
    const after = describedAs(words, r.cand.w1, 12, lex.speechVerbs);
    if (after) describe(r.actor, after);
  }
  // a discovered "person" without role or first name, with an acronym, a camel-case word or a word the article writes in lower case
  const orgLike = (a: DocActor): boolean => {
    const name = surface.get(a) ?? a.name;
    if (a.known || a.roles.length > 0 || !name.includes(' ')) return false;
    const parts = name.split(' ');
    if (lex.firstNames.has(fold(parts[0]))) return false;
    return parts.some((p) => (p.length > 1 && p === p.toUpperCase() && /\p{Lu}/u.test(p)) || /\p{Ll}\p{Lu}/u.test(p) || lowerVocab.has(fold(p)));
  };
  const descriptions = new DescriptionResolver(lex, orgMentions, descs, orgLike);
  cands.forEach((list, s) => {
    for (const c of list) {
      if (c.type !== 'anaphor') continue;
      const actor = invertedSubject(c, s, resolved, allWords, descs, lex) ?? descriptions.resolve(c.head, c.start, c.indefinite === true);
      if (actor) add(c, actor, 'anaphor', s);
    }
  });
  // a body found by its description keeps the casing of its name ("SOS Méditerranée", not "Sos Méditerranée")
  for (const a of descriptions.reclassified) {
    const name = surface.get(a);
    if (name && a.name !== name && a.name === displayName(name, true)) a.name = displayName(name, false);
  }
}
