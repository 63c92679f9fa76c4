/** Market tickers (data-loaders/clean/ticker.ts): widget rows of symbols and changes, not market stories. */
import { describe, expect, it } from 'vitest';
import { compileTickerWords, isTicker } from '../../data-loaders/clean/ticker.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';

const words = compileTickerWords(new Knowledge());

describe('isTicker', () => {
  it.each([
    'S&P 500 5,610.2 ▲0.6%  NASDAQ 17,820.9 ▲1.1%  GOLD $2,410 ▼0.2%',
    'ACME 12.10 -4.2% After hours',
    'USD/CHF 0.8812 +0.05%  GBP/USD 1.2710 -0.12%',
    'ZNTH ▼ 3.4% 88.15 Pre-market',
  ])('takes %s for a ticker', (l) => expect(isTicker(l, words)).toBe(true));

  it.each([
    'Shares fell 4.2% to $12.10 in after-hours trading.',
    'The index closed up 0.6% at 5,610, its third gain in a row.',
    'Prices rose 2.1% in May',
    'Temperatures will swing from -4 to +3 degrees overnight',
  ])('keeps %s', (l) => expect(isTicker(l, words)).toBe(false));
});
