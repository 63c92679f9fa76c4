/**
 * Market tickers and stock widgets: lines made of symbols, prices and changes
 * ("IDX 7,120.40 ▲0.3%  USD/CAD 1.36 ▼0.1%", "ACME 12.10 -4.2% After hours").
 *
 * A line is a ticker when it has no sentence-final punctuation, carries an
 * up/down arrow or at least two signed changes, and at least 60% of its words
 * are prices, changes, arrows, upper-case symbols or ticker words (or, with a
 * single signed change, a symbol and at least 75% such words)
 * (`boilerplate.yaml` → `ticker_words`). A story sentence about markets has
 * verbs and ends with a full stop. One pass over the words.
 */
import type { Knowledge } from '../knowledge/index.ts';

export function compileTickerWords(kb: Knowledge): Set<string> {
  return kb.derive('clean.ticker', (k) => new Set((k.get<{ ticker_words?: string[] }>('boilerplate').ticker_words ?? []).map((w) => String(w).toLowerCase())));
}

const ARROW = /[▲▼△▽↑↓⬆⬇▴▾⏶⏷]/u;
const SIGNED = /^[+\-−±][$€£¥]?\d[\d.,]*%?$/u;
const NUMBER = /^[$€£¥]?\d[\d.,]*[%kmbKMB]?$/u;
/** Upper-case symbols and currency pairs: ACME, EUR/USD, BRK.B, ^GSPC. */
const SYMBOL = /^[\^]?[A-Z][A-Z0-9.&/=-]{1,11}$/;
const SENTENCE_END = /[.!?]["'”’)\]]*$/;
/** Quick test: an arrow or a signed number somewhere (most lines have neither). */
const CHANGE_MARK = /[▲▼△▽↑↓⬆⬇▴▾⏶⏷]|(?:^|[\s(])[+\-−±][$€£¥]?\d/u;
const WRAP = /^[([]+|[)\],;]+$/g;

/** Is the (normalised) line a market ticker or stock widget? */
export function isTicker(line: string, tickerWords: Set<string>): boolean {
  if (SENTENCE_END.test(line) || !CHANGE_MARK.test(line)) return false;
  const words = line.split(' ');
  if (words.length < 3 || words.length > 60) return false;
  let arrows = 0;
  let signed = 0;
  let market = 0;
  let symbols = 0;
  for (const raw of words) {
    const w = raw.replace(WRAP, '');
    if (w === '') continue;
    if (ARROW.test(w)) {
      arrows++;
      market++;
      continue;
    }
    if (SIGNED.test(w)) {
      if (w.endsWith('%')) signed++;
      market++;
    } else if (SYMBOL.test(w)) {
      symbols++;
      market++;
    } else if (NUMBER.test(w) || tickerWords.has(w.toLowerCase())) market++;
  }
  const share = market / words.length;
  // One signed change is enough in a row that is nearly all symbols and numbers ("ACME 12.10 -4.2%").
  if (arrows > 0 || signed >= 2) return share >= 0.6;
  return signed === 1 && symbols > 0 && share >= 0.75;
}
