/**
 * Corpus-level actor merge: the per-article actors (already canonical inside
 * each article) become one row per real actor across the corpus. Same key →
 * same actor; beyond that, people found by discovery alone join across
 * articles when their names agree up to transliteration ("Oleksandr Syrsky" /
 * "Oleksandr Syrskyi") or when one article only gives a surname that a single
 * full name in the corpus bears. `actor_id` is a stable hash of the key.
 */
import { createHash } from 'node:crypto';
import type { ActorRef } from '../doc/doc.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { ArticleExtraction } from '../pipeline/result.ts';
import { translitKey, translitWord } from '../extract/actors/canonical.ts';

/** An actor merged across the corpus. */
export interface CorpusActor {
  actor_id: string;
  key: string;
  name: string;
  kind: string;
  side: string | null;
  role: string | null;
  /** Every surface form seen for the actor, sorted. */
  aliases: string[];
  known: boolean;
  /** Per-article actor keys merged into this actor (its own key included), sorted. */
  keys?: string[];
}

/** The stable id of an actor key. */
export function actorId(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}

/** Map every per-article key (merged ones included) to its corpus actor's id. */
export function actorIdsByKey(actors: CorpusActor[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors) for (const k of a.keys ?? [a.key]) out.set(k, a.actor_id);
  return out;
}

interface Group {
  refs: ActorRef[];
  counts: Map<string, number>;
}

/** Merge the per-article actors into one actor per real one, with every surface form seen. */
export function linkActors(extractions: ArticleExtraction[], _kb?: Knowledge): CorpusActor[] {
  // 1. group by key, counting mentions per article key
  const groups = new Map<string, Group>();
  const aliases = new Map<string, Set<string>>();
  for (const ex of extractions) {
    for (const a of ex.actors) {
      const g: Group = groups.get(a.key) ?? { refs: [], counts: new Map() };
      g.refs.push(a);
      groups.set(a.key, g);
    }
    for (const m of ex.layers.mentions) {
      const g = groups.get(m.actorKey);
      if (!g) continue;
      g.counts.set(m.actorKey, (g.counts.get(m.actorKey) ?? 0) + 1);
      if (m.how === 'pronoun') continue;
      const set = aliases.get(m.actorKey) ?? new Set<string>();
      set.add(m.text);
      aliases.set(m.actorKey, set);
    }
  }

  // 2. discovered people: merge keys whose names agree up to transliteration, or a lone surname with its full name
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r) as string;
    return r;
  };
  const union = (from: string, to: string) => {
    const a = find(from);
    const b = find(to);
    if (a !== b) parent.set(a, b);
  };
  const people = [...groups.entries()].filter(([, g]) => g.refs[0].kind === 'person');
  const byTranslit = new Map<string, string>();
  const fullBySurname = new Map<string, string[]>();
  /** The values of each `fullBySurname` list, for a constant-time `includes`. */
  const listed = new Map<string, Set<string>>();
  // known actors first, so a discovered variant joins the gazetteer's name
  for (const [key, g] of knownFirst(people)) {
    const name = g.refs[0].name;
    const t = translitKey(name);
    const seen = byTranslit.get(t);
    if (seen) union(key, seen);
    else byTranslit.set(t, key);
    if (name.includes(' ')) {
      const s = translitWord(name.split(' ').pop() as string);
      const list = fullBySurname.get(s) ?? [];
      const inList = listed.get(s) ?? new Set<string>();
      const root = find(key);
      if (!inList.has(root)) {
        list.push(root);
        inList.add(root);
      }
      fullBySurname.set(s, list);
      listed.set(s, inList);
    }
  }
  // a lone word is a person's surname when one full name in the corpus bears it, even where an
  // article alone took it for an organisation ("Belinsky said" with no first name anywhere in it)
  const loneWords = [...groups.entries()].filter(([, g]) => g.refs[0].kind === 'person' || (g.refs[0].kind === 'organisation' && /^\p{Lu}\p{Ll}+$/u.test(g.refs[0].name)));
  for (const [key, g] of loneWords) {
    const name = g.refs[0].name;
    if (name.includes(' ') || g.refs.some((r) => r.known)) continue;
    const full = fullBySurname.get(translitWord(name));
    if (full && new Set(full.map(find)).size === 1) union(key, full[0]);
  }

  // 3. one corpus actor per root
  const members = new Map<string, string[]>();
  for (const key of [...groups.keys()].sort()) {
    const root = find(key);
    const list = members.get(root) ?? [];
    list.push(key);
    members.set(root, list);
  }
  const out: CorpusActor[] = [];
  for (const [root, keys] of members) {
    const refs = keys.flatMap((k) => groups.get(k)?.refs ?? []);
    const head = refs.find((r) => r.key === root) as ActorRef;
    const forms = new Set<string>();
    for (const k of keys) for (const f of aliases.get(k) ?? []) forms.add(f);
    out.push({
      actor_id: actorId(root),
      key: root,
      name: head.name,
      kind: head.kind,
      side: head.side ?? refs.find((r) => r.side)?.side ?? null,
      role: head.role ?? mostCommon(refs.map((r) => r.role)),
      aliases: [...forms].sort(),
      known: refs.some((r) => r.known),
      keys: keys.sort(),
    });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Groups of known actors first, then the others, each part by key: the keys
 * are distinct, so sorting each part's keys as plain strings gives the order
 * of comparing (known, key) pairwise, without a comparator call per pair.
 */
export function knownFirst<G extends { refs: ActorRef[] }>(entries: Array<[string, G]>): Array<[string, G]> {
  const byKey = new Map(entries);
  const part = (known: boolean) =>
    entries
      .filter(([, g]) => Boolean(g.refs[0].known) === known)
      .map(([k]) => k)
      .sort()
      .map((k): [string, G] => [k, byKey.get(k) as G]);
  return [...part(true), ...part(false)];
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of [...counts].sort()) if (c > n) ((best = v), (n = c));
  return best;
}
