/**
 * The actors of one article, merged under one canonical name each: a gazetteer
 * entry when one matches (directly or by transliteration), otherwise the
 * fullest name discovered. Surname-only mentions and transliteration variants
 * ("Syrskii" after "Oleksandr Syrsky") find their actor here.
 */
import type { ActorKind, ActorRef } from '../../doc/doc.ts';
import { actorKey, displayName, translitKey, translitWord } from './canonical.ts';
import type { GazEntry, Lexicon } from './lexicon.ts';

export interface DocActor extends ActorRef {
  gender: 'male' | 'female' | null;
  /** Transliteration keys of the surname and the first name (persons only). */
  surname: string | null;
  first: string | null;
  /** Every role text seen for the actor (gazetteer role, titles, appositions). */
  roles: string[];
}

export class Registry {
  readonly actors = new Map<string, DocActor>();
  private bySurname = new Map<string, DocActor[]>();

  constructor(private lex: Lexicon) {}

  /** Register a gazetteer actor (idempotent). */
  addKnown(e: GazEntry, role: string | null = null, gender: 'male' | 'female' | null = null): DocActor {
    let a = this.actors.get(e.key);
    if (!a) {
      a = {
        key: e.key,
        name: e.name,
        kind: e.kind,
        side: e.side,
        role: e.role,
        known: true,
        gender: e.gender ?? gender,
        surname: e.kind === 'person' ? lastKey(e.name) : null,
        first: e.kind === 'person' ? firstKey(e.name) : null,
        roles: e.role ? [e.role] : [],
      };
      this.actors.set(a.key, a);
      if (a.surname) this.index(a);
    }
    if (role && !a.roles.includes(role)) a.roles.push(role);
    return a;
  }

  /** Register a discovered actor under `name`, merging with a known or earlier one when they match. */
  addDiscovered(name: string, kind: ActorKind, side: string | null, role: string | null, gender: 'male' | 'female' | null): DocActor {
    const display = kind === 'organisation' ? this.writtenOut(displayName(name, false)) : displayName(name, kind === 'person');
    if (kind === 'person') {
      const entry = this.lex.personByTranslit.get(translitKey(display));
      if (entry) return this.addKnown(entry, role, gender);
      const same = this.findPerson(display);
      if (same) {
        if (role && !same.roles.includes(role)) same.roles.push(role);
        if (!same.role) same.role = role;
        if (!same.side) same.side = side;
        // prefer the fuller name as the canonical one
        if (!same.known && display.split(' ').length > same.name.split(' ').length) same.name = display;
        return same;
      }
    }
    const key = actorKey(display);
    let a = this.actors.get(key);
    if (!a) {
      a = {
        key,
        name: display,
        kind,
        side,
        role,
        known: false,
        gender,
        surname: kind === 'person' ? lastKey(display) : null,
        first: kind === 'person' && display.includes(' ') ? firstKey(display) : null,
        roles: role ? [role] : [],
      };
      this.actors.set(key, a);
      if (a.surname) this.index(a);
    } else if (role && !a.roles.includes(role)) a.roles.push(role);
    return a;
  }

  /** "Korea Railroad Corp" → "Korea Railroad Corporation": abbreviated words after the first, written out. */
  private writtenOut(name: string): string {
    const abbr = this.lex.nameAbbreviations;
    if (abbr.size === 0 || !name.includes(' ')) return name;
    const words = name.split(' ');
    let changed = false;
    for (let k = 1; k < words.length; k++) {
      const full = abbr.get(words[k].replace(/\.$/, ''));
      if (full) {
        words[k] = full;
        changed = true;
      }
    }
    return changed ? words.join(' ') : name;
  }

  /** An actor of this article whose name is the country or capital's government (`Kremlin`), or a country actor. */
  addCountry(name: string): DocActor {
    const key = actorKey(name);
    const e = this.lex.byKey.get(key);
    if (e) return this.addKnown(e);
    let a = this.actors.get(key);
    if (!a) {
      a = { key, name, kind: 'country', side: name, role: null, known: true, gender: null, surname: null, first: null, roles: [] };
      this.actors.set(key, a);
    }
    return a;
  }

  /** The person of this article a full or partial name refers to, if any (surname and compatible first name). */
  findPerson(name: string): DocActor | null {
    const parts = name.split(/\s+/);
    const list = this.bySurname.get(translitWord(parts[parts.length - 1]));
    if (!list) return null;
    const first = parts.length > 1 ? translitWord(parts[0]) : null;
    const fits = list.filter((a) => !first || !a.first || a.first === first || a.first.startsWith(first) || first.startsWith(a.first));
    if (fits.length === 0) return null;
    // several people share the surname: prefer one with a full name
    return fits.find((a) => a.first) ?? fits[0];
  }

  private index(a: DocActor) {
    const list = this.bySurname.get(a.surname as string) ?? [];
    list.push(a);
    this.bySurname.set(a.surname as string, list);
  }
}

function lastKey(name: string): string {
  const parts = name.split(/\s+/);
  // "Park Ji-hoon", "Seo Min-jae": a Korean name puts the family name first, before a hyphenated given name
  if (parts.length === 2 && FAMILY_FIRST_GIVEN.test(parts[1])) return translitWord(parts[0]);
  return translitWord(parts[parts.length - 1]);
}

/** A romanised Korean given name: two syllables joined by a hyphen, the second in lower case ("Myung-soo"). */
const FAMILY_FIRST_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;

function firstKey(name: string): string | null {
  const parts = name.split(/\s+/);
  return parts.length > 1 ? translitWord(parts[0]) : null;
}
