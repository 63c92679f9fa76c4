/**
 * A cheap language detector: enough to tell English from other languages.
 * Texts written mostly in a script that identifies a language (Arabic,
 * Hangul, Han, …) get that language; otherwise the share of words found in
 * each language's stop-word list decides (first ~3,000 words). Too little
 * text, or no list covering enough of it, gives null: unknown, not guessed.
 * Vocabulary: knowledge/languages.yaml (`stopwords`, `scripts`).
 */
import type { Knowledge } from '../../knowledge/index.ts';

interface LanguagesFile {
  stopwords: Record<string, string[]>;
  scripts: Record<string, string>;
}

interface Detector {
  stop: Array<{ lang: string; words: Set<string> }>;
  scripts: Array<{ re: RegExp; lang: string }>;
}

/** Fewer words than this: no verdict. */
const MIN_WORDS = 12;
/** The best stop-word list must cover at least this share of the words. */
const MIN_SHARE = 0.12;
const MAX_WORDS = 3000;
/** Only the start of a long story is looked at. */
const SAMPLE_CHARS = 20000;

function detector(kb: Knowledge): Detector {
  return kb.derive('sources.language', (k) => {
    const file = k.get<LanguagesFile>('languages');
    return {
      stop: Object.entries(file.stopwords).map(([lang, words]) => ({ lang, words: new Set(words.map((w) => String(w).toLowerCase())) })),
      scripts: Object.entries(file.scripts ?? {}).map(([script, lang]) => ({ re: new RegExp(`\\p{Script=${script}}`, 'gu'), lang })),
    };
  });
}

export interface LanguageGuess {
  language: string;
  /** Share of words (or letters, for scripts) supporting the verdict. */
  share: number;
}

export function detectLanguage(text: string, kb: Knowledge): LanguageGuess | null {
  const d = detector(kb);
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { letters, latin } = countLetters(sample);
  if (letters === 0) return null;
  if (latin / letters < 0.5) {
    for (const { re, lang } of d.scripts) {
      const n = (sample.match(re) ?? []).length;
      if (n / letters > 0.5) return { language: lang, share: n / letters };
    }
  }
  const words = (sample.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, MAX_WORDS);
  if (words.length < MIN_WORDS) return null;
  let best: LanguageGuess | null = null;
  for (const { lang, words: stop } of d.stop) {
    let hits = 0;
    for (const w of words) if (stop.has(w)) hits++;
    const share = hits / words.length;
    // ties go to the first list (English comes first in the file)
    if (!best || share > best.share) best = { language: lang, share };
  }
  return best && best.share >= MIN_SHARE ? best : null;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters, and Latin-script letters among them; ASCII is counted without regexes. */
function countLetters(s: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      continue; // astral: rare in news; not counted
    } else {
      const ch = s[i];
      if (LETTER.test(ch)) {
        letters++;
        if (LATIN.test(ch)) latin++;
      }
    }
  }
  return { letters, latin };
}
