/**
 * The event vocabulary (knowledge/event-types.yaml) compiled once into a
 * lookup by first word: a sentence is scanned token by token and each word
 * looks up the trigger phrases that start with it, so the cost does not grow
 * with the size of the vocabulary.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import { nounForms, verbForms } from './inflect.ts';

interface TypeEntry {
  verbs?: string[];
  nouns?: string[];
  unless_next?: string[];
  unless_before?: string[];
  needs_date?: boolean;
  planned_ok?: boolean;
  place_object?: boolean;
}

interface EventTypesFile {
  types: Record<string, TypeEntry>;
  blocked_by: string[];
  place_prepositions: string[];
  place_stopwords: string[];
  place_suffixes: string[];
  participle_blockers: string[];
}

export interface TriggerPhrase {
  /** Lower-cased words of the surface form. */
  words: string[];
  type: string;
  /** The vocabulary entry it came from (base form), reported as the trigger. */
  lemma: string;
  pos: 'verb' | 'noun';
  /** The surface form is the bare base form ("accept", not "accepted"). */
  base: boolean;
  /** The surface form is a past participle that can modify a noun ("the captured soldiers"). */
  participle: boolean;
}

export interface EventVocabulary {
  /** Trigger phrases by their first word, longest first. */
  byFirst: Map<string, TriggerPhrase[]>;
  /** Per type: word sequences that cancel a trigger when they follow it. */
  unlessNext: Map<string, string[][]>;
  /** Per type: single words that cancel a trigger right before it. */
  unlessBefore: Map<string, Set<string>>;
  needsDate: Set<string>;
  /** Types whose base form after "to" still reports an event (plans: "to travel to Nairobi"). */
  plannedOk: Set<string>;
  /** Types whose object is a place ("visited Valencia"). */
  placeObject: Set<string>;
  /** Word sequences that cancel a trigger when they appear just before it. */
  blockers: string[][];
  placePrepositions: Set<string>;
  placeStopwords: Set<string>;
  placeSuffixes: Set<string>;
  /** Words before a past participle that make it an adjective ("the captured soldiers"). */
  participleBlockers: Set<string>;
}

const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/** Surface forms of one vocabulary entry: `"meet: met"`, `"=downed"`, `"visit"`. */
export function entryForms(entry: string, pos: 'verb' | 'noun'): { lemma: string; forms: string[] } {
  const [head, extra] = entry.split(':');
  const base = head.trim().toLowerCase();
  if (base.startsWith('=')) return { lemma: base.slice(1), forms: [base.slice(1)] };
  const forms = pos === 'verb' ? verbForms(base) : nounForms(base);
  for (const f of (extra ?? '').split(',')) if (f.trim()) forms.push(f.trim().toLowerCase());
  return { lemma: base, forms: [...new Set(forms)] };
}

export function eventVocabulary(kb: Knowledge): EventVocabulary {
  return kb.derive('events.vocabulary', () => {
    const file = kb.get<EventTypesFile>('event-types');
    const byFirst = new Map<string, TriggerPhrase[]>();
    const unlessNext = new Map<string, string[][]>();
    const needsDate = new Set<string>();
    const plannedOk = new Set<string>();
    const placeObject = new Set<string>();
    const unlessBefore = new Map<string, Set<string>>();
    for (const [type, entry] of Object.entries(file.types)) {
      if (entry.needs_date) needsDate.add(type);
      if (entry.planned_ok) plannedOk.add(type);
      if (entry.place_object) placeObject.add(type);
      unlessBefore.set(type, new Set((entry.unless_before ?? []).map((w) => w.toLowerCase())));
      unlessNext.set(type, (entry.unless_next ?? []).map(words));
      // Nouns first: a form that is both ("sanctions", "visits") is held to the stricter noun rule.
      for (const pos of ['noun', 'verb'] as const) {
        for (const e of (pos === 'verb' ? entry.verbs : entry.nouns) ?? []) {
          const { lemma, forms } = entryForms(String(e), pos);
          for (const f of forms) {
            const w = words(f);
            const list = byFirst.get(w[0]) ?? [];
            const base = pos === 'verb' && w[0] === words(lemma)[0];
            const participle = pos === 'verb' && /(?:ed|en)$/.test(w[0]) && !base;
            if (!list.some((p) => p.type === type && p.words.join(' ') === w.join(' '))) list.push({ words: w, type, lemma, pos, base, participle });
            byFirst.set(w[0], list);
          }
        }
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    return {
      byFirst,
      unlessNext,
      unlessBefore,
      needsDate,
      plannedOk,
      placeObject,
      blockers: (file.blocked_by ?? []).map(words),
      placePrepositions: new Set((file.place_prepositions ?? []).map((w) => w.toLowerCase())),
      placeStopwords: new Set(file.place_stopwords ?? []),
      placeSuffixes: new Set((file.place_suffixes ?? []).map((w) => w.toLowerCase())),
      participleBlockers: new Set((file.participle_blockers ?? []).map((w) => w.toLowerCase())),
    };
  });
}
