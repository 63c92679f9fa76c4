/**
 * The article's own writers and photographers: the byline of the metadata,
 * "By Jane Doe and John Roe" lines, "Reporting by …; Editing by …" credits and
 * "(Jane Doe / AFP)" photo credits. They are no actors of the story unless
 * they speak in it; the stage drops them otherwise. Keys are `actorKey`s.
 */
import type { Doc } from '../../doc/doc.ts';
import { actorKey } from './canonical.ts';
import type { Lexicon } from './lexicon.ts';
import type { Word } from './words.ts';

const CREDIT_VERBS = new Set(['reporting', 'writing', 'editing', 'additional']);

/** Capitalised words from `i` up to punctuation (at most four): a name. */
function nameFrom(words: Word[], i: number, lex: Lexicon): { name: string; end: number } | null {
  let j = i;
  while (j < words.length && j - i < 4 && (words[j].cap || words[j].upper) && !lex.functionWords.has(words[j].fold)) {
    j++;
    if (words[j - 1].sep !== '' && words[j - 1].sep !== '-') break;
  }
  if (j - i < 2) return null;
  return { name: words.slice(i, j).map((w) => w.text).join(' '), end: j };
}

/** Names after "by" at `i` ("By Jane Doe and John Roe"), joined by "and" or commas. */
function namesAfterBy(words: Word[], i: number, lex: Lexicon, out: Set<string>) {
  let k = i;
  for (;;) {
    const n = nameFrom(words, k, lex);
    if (!n) return;
    out.add(actorKey(n.name));
    const sep = words[n.end - 1].sep;
    if (sep === '' && words[n.end]?.fold === 'and') k = n.end + 1;
    else if (sep === ',' && words[n.end] && !lex.roles.has(words[n.end].fold)) k = n.end;
    else return;
  }
}

/** Is words [i, e) a known media name (a wire agency or outlet of the gazetteer)? */
function mediaAt(words: Word[], i: number, lex: Lexicon): boolean {
  const m = lex.names.match(words, i)[0];
  return !!m && m.value.type === 'actor' && m.value.entry.kind === 'media';
}

/** Does the sentence open with a date (a weekday, a month or a number)? */
function datelineLead(words: Word[], lex: Lexicon): boolean {
  for (let k = 0; k < 3 && k < words.length; k++) if (lex.dateNames.has(words[k].fold) || /^\d/.test(words[k].text)) return true;
  return false;
}

export function authorNames(doc: Doc, allWords: Word[][], lex: Lexicon): Set<string> {
  const out = new Set<string>();
  const byline = doc.article?.byline;
  if (byline) {
    for (const part of byline.replace(/^\s*by\s+/i, '').split(/\s*(?:,|&|\band\b|\||·)\s*/i)) {
      const name = part.trim();
      if (name.includes(' ') && name.length < 40) out.add(actorKey(name));
    }
  }
  for (const words of allWords) {
    const n = words.length;
    if (n > 2 && words[0].fold === 'by' && words[0].sep === '') namesAfterBy(words, 1, lex, out);
    // "Thursday 12 June 2025 · 11:20 BST · Jane Doe": a dateline that ends with the writer's name
    if (n > 3 && datelineLead(words, lex)) {
      let s = n;
      while (s > 0 && n - s < 3 && (words[s - 1].cap || words[s - 1].upper) && (s === n || words[s - 1].sep === '')) s--;
      if (n - s >= 2 && s > 0 && /[·|•]/.test(words[s - 1].sep)) out.add(actorKey(words.slice(s, n).map((w) => w.text).join(' ')));
    }
    for (let k = 0; k + 1 < n; k++) {
      // "Reporting by Jane Doe; Editing by John Roe"
      if (words[k + 1].fold === 'by' && CREDIT_VERBS.has(words[k].fold) && words[k].sep === '' && words[k + 1].sep === '') namesAfterBy(words, k + 2, lex, out);
      // "(Jane Doe / AFP)", "Photo: Jane Doe/Reuters"
      if (words[k].sep.includes('/') && (words[k].cap || words[k].upper) && mediaAt(words, k + 1, lex)) {
        let s = k;
        while (s > 0 && k - s < 3 && words[s - 1].sep === '' && (words[s - 1].cap || words[s - 1].upper)) s--;
        if (k > s) out.add(actorKey(words.slice(s, k + 1).map((w) => w.text).join(' ')));
      }
    }
  }
  return out;
}
