import { describe, expect, it } from 'vitest';
import { findDate, normaliseDate } from '../../data-loaders/sources/dates.ts';

describe('dates', () => {
  it('normalises the usual ways sources write a date', () => {
    expect(normaliseDate('2024-11-02T23:30:00-05:00')).toBe('2024-11-02');
    expect(normaliseDate('Tue, 04 Feb 2025 09:30:00 GMT')).toBe('2025-02-04');
    expect(normaliseDate('13th March 2025')).toBe('2025-03-13');
    expect(normaliseDate('Sept. 3, 2023 at 10:54 AM')).toBe('2023-09-03');
    expect(normaliseDate('2024/06/30')).toBe('2024-06-30');
    expect(normaliseDate('25/12/2024')).toBe('2024-12-25');
    expect(normaliseDate('12.05.2022')).toBe('2022-05-12');
    expect(normaliseDate(1714694400)).toBe('2024-05-03');
    expect(normaliseDate(1714694400000)).toBe('2024-05-03');
    expect(normaliseDate('1714694400')).toBe('2024-05-03');
  });

  it('refuses what is not a date or is ambiguous', () => {
    expect(normaliseDate('03/04/2025')).toBeNull();
    expect(normaliseDate('31 April 2024')).toBeNull();
    expect(normaliseDate('2 hrs ago')).toBeNull();
    expect(normaliseDate('the 12th (local time)')).toBeNull();
    expect(normaliseDate(null)).toBeNull();
  });

  it('finds a date inside a line', () => {
    expect(findDate('Published: Thursday 7 March 2024, 18:02')).toBe('2024-03-07');
    expect(findDate('No date in this line at all')).toBeNull();
  });
});
