/**
 * Publication-date inference from the text, normalised to `YYYY-MM-DD`.
 * Searched near the top and the bottom of the story, in order of trust:
 *
 * 1. labelled lines: "Published 13 March 2025", "First published on …",
 *    "Posted: …", "Date: …";
 * 2. datelines: an upper-case place opening a paragraph and a full date
 *    ("LIMA, Peru, June 3, 2024 (Reuters) –");
 * 3. a short line that is only a date and time ("Thu 13 Mar 2025 06.47 GMT");
 * 4. "Updated …" / "Last updated …" lines (a later date, better than none).
 *
 * Dates without a year ("the 4th", "5 hours ago") are never completed by guessing.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import { findDate } from '../dates.ts';
import { edgeLines, wordCount } from './lines.ts';

const PUBLISHED = /^(?:first published|originally published|published|posted|date(?:d)?|released)\b(?:\s+(?:on|at))?[\s:|–-]*(.{4,80})/i;
const UPDATED = /^(?:last updated|updated|last modified|modified)\b(?:\s+(?:on|at))?[\s:|–-]*(.{4,80})/i;
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*[\p{L} .]{2,30}){0,2},?\s/u;

export function inferPublished(raw: string, kb: Knowledge): string | null {
  const near = edgeLines(raw, 40, 15);
  const firstFound = (test: (l: string) => string | null) => {
    for (const l of near) {
      const d = test(l);
      if (d) return d;
    }
    return null;
  };
  return (
    firstFound((l) => {
      const m = PUBLISHED.exec(l);
      return m ? findDate(m[1], kb) : null;
    }) ??
    firstFound((l) => (DATELINE.test(l) ? findDate(l.slice(0, 60), kb) : null)) ??
    firstFound((l) => (l.length <= 60 && wordCount(l) <= 9 && !/[.!?]$/.test(l) ? findDate(l, kb) : null)) ??
    firstFound((l) => {
      const m = UPDATED.exec(l);
      return m ? findDate(m[1], kb) : null;
    })
  );
}
