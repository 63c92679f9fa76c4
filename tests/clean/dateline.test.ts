/** Date-only lines (data-loaders/clean/dateline.ts): page timestamps and reading times, never story sentences. */
import { describe, expect, it } from 'vitest';
import { compileDateline, isDateline } from '../../data-loaders/clean/dateline.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';

const c = compileDateline(new Knowledge());

describe('isDateline', () => {
  it.each([
    'Tue 3 Jun 2025 18.40 CEST',
    'Wednesday 12 March 2025',
    'Updated 9:05 PM EST, Fri January 10, 2025',
    'April 2, 2026',
    'Posted 45 minutes ago',
    '2025-11-04 08:30 UTC',
    'Published on 14/02/2025 at 10:15',
    '5 min read',
    '7 min',
    'Sat, 8 Feb 2025 06:00 GMT+1',
  ])('takes %s for a dateline', (l) => expect(isDateline(l, c)).toBe(true));

  it.each([
    'Talks may resume on Monday.',
    'Monday was the deadliest day since March.',
    'Polls close at 8pm on Thursday',
    '2025',
    '1,240 dead',
    'Category 4 storm',
    'The vote is set for June 12, 2026, officials said.',
  ])('keeps %s', (l) => expect(isDateline(l, c)).toBe(false));
});
