/**
 * Date-only lines: the page's own timestamp ("Thu 4 Sep 2025 10.02 BST",
 * "Updated 9:15 AM EDT, Mon June 2, 2025", "Posted 3 hours ago") and reading
 * or listening times ("4 min", "6 min read").
 *
 * A line is a dateline when every word is date vocabulary — a month or weekday
 * name (`date-words.yaml`), a number, a clock time, a numeric date, a time zone
 * or a label word (`boilerplate.yaml` → `dateline`) — and at least one word
 * anchors it as a date (a month, a weekday, a clock time, a numeric date or
 * "ago"). A story sentence always has some word outside this vocabulary. One
 * pass over the words, no regex over the whole line.
 */
import type { Knowledge } from '../knowledge/index.ts';

interface DatelineKnowledge {
  max_words?: number;
  time_zones?: string[];
  words?: string[];
}

export interface CompiledDateline {
  maxWords: number;
  /** Month and weekday names: anchors. */
  anchors: Set<string>;
  /** Time zones and label words: allowed, not anchors. */
  allowed: Set<string>;
}

export function compileDateline(kb: Knowledge): CompiledDateline {
  return kb.derive('clean.dateline', (k) => {
    const bp = k.get<{ dateline?: DatelineKnowledge }>('boilerplate').dateline ?? {};
    const dw = k.get<{ months?: Record<string, number>; weekdays?: Record<string, number> }>('date-words');
    const low = (l: string[] | undefined) => (l ?? []).map((w) => String(w).toLowerCase().replace(/\.$/, ''));
    return {
      maxWords: bp.max_words ?? 14,
      anchors: new Set([...Object.keys(dw.months ?? {}), ...Object.keys(dw.weekdays ?? {})].map((w) => w.toLowerCase())),
      allowed: new Set([...low(bp.time_zones), ...low(bp.words)]),
    };
  });
}

/** Characters around a word that do not count: commas, brackets, separators. */
const EDGE = /^[\s,.;:()[\]|·•–—\-/]+|[\s,;:()[\]|·•–—\-/]+$/gu;
const NUMBER = /^\d{1,4}(st|nd|rd|th)?\.?$/;
/** 9:15, 09.12, 14:05:30, 4:15pm, 9am, 14h30 (minutes checked below). */
const CLOCK = /^(\d{1,2})(?:[:.h](\d{2})(?:[:.]\d{2})?)?(am|pm|a\.m\.?|p\.m\.?)?$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
const ZONE_OFFSET = /^(utc|gmt)[+-]\d{1,2}(:?\d{2})?$/;
/** "4 min", "6 min read", "3 minute listen": a reading or listening time. */
const DURATION = /^\d{1,3}\s*(min|mins|minute|minutes)(\s+(read|listen|watch|video|audio))?$/;

type WordClass = 'anchor' | 'allowed' | 'other';

function classify(word: string, c: CompiledDateline): WordClass {
  if (word === '') return 'allowed';
  if (c.anchors.has(word)) return 'anchor';
  if (word.endsWith('.') && c.anchors.has(word.slice(0, -1))) return 'anchor';
  if (NUMBER.test(word)) return 'allowed';
  if (NUMERIC_DATE.test(word)) return 'anchor';
  const clock = CLOCK.exec(word);
  if (clock && (clock[2] !== undefined || clock[3] !== undefined)) {
    const h = Number(clock[1]);
    const m = clock[2] === undefined ? 0 : Number(clock[2]);
    return h <= 24 && m < 60 ? 'anchor' : 'other';
  }
  if (word === 'ago') return 'anchor';
  if (c.allowed.has(word) || c.allowed.has(word.replace(/\./g, '')) || ZONE_OFFSET.test(word)) return 'allowed';
  return 'other';
}

/** Is the (normalised) line only a date, time or reading time? */
export function isDateline(line: string, c: CompiledDateline): boolean {
  const key = line.toLowerCase();
  if (DURATION.test(key)) return true;
  const words = key.split(' ');
  if (words.length > c.maxWords) return false;
  let anchored = false;
  for (const raw of words) {
    const cls = classify(raw.replace(EDGE, ''), c);
    if (cls === 'other') return false;
    if (cls === 'anchor') anchored = true;
  }
  return anchored;
}
