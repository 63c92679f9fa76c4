import { describe, expect, it } from 'vitest';
import { checkConversion, disputes, metricList, metricPoints, roundingSlack } from '../../data-loaders/site/numbers.ts';
import type { ClaimRow } from '../../data-loaders/site/rows.ts';

const claim = (over: Partial<ClaimRow>): ClaimRow => ({
  claim_id: 'c', article_id: 'a', file: 'a.txt', outlet: 'Daily', published: '2025-01-02', sentence: '', start: 0, end: 1, text: '1',
  value: 1, value_low: null, value_high: null, qualifier: 'exact', vague: false, unit: null, quantity: 'count', value_canonical: null,
  unit_canonical: null, conversion_of: null, subject: null, metric: 'm', claimant: null, claimant_id: null, claimant_side: null,
  attribution: null, cited_source: null, as_of: '2025-01-01', period_start: null, period_end: null, caption: false, ...over,
});

describe('rounding slack', () => {
  it('is half the last stated digit', () => {
    expect(roundingSlack(1100)).toBe(50);
    expect(roundingSlack(425)).toBe(0.5);
    expect(roundingSlack(2.5)).toBe(0.05);
    expect(roundingSlack(30000)).toBe(5000);
  });
});

describe('unit conversions', () => {
  const sqmi = 2.589988;
  it('accepts a rounded conversion (1,100 km² ≈ 425 sq mi) and flags a wrong one', () => {
    const km = claim({ claim_id: 'k', text: '1,100 sq km', value: 1100, value_canonical: 1100, unit: 'km2', unit_canonical: 'km2' });
    const ok = claim({ claim_id: 'm', text: '425 sq mi', value: 425, value_canonical: 425 * sqmi, unit: 'mi2', unit_canonical: 'km2', conversion_of: 'k' });
    expect(checkConversion(ok, km).status).toBe('ok');
    const bad = claim({ claim_id: 'b', text: '525 sq mi', value: 525, value_canonical: 525 * sqmi, unit: 'mi2', unit_canonical: 'km2', conversion_of: 'k' });
    expect(checkConversion(bad, km).status).toBe('mismatch');
  });
  it('says when the pair cannot be compared', () => {
    const kmh = claim({ claim_id: 'x', value: 60, value_canonical: 60, unit_canonical: 'kmh' });
    const miles = claim({ claim_id: 'y', value: 37, value_canonical: 59.5, unit_canonical: 'km', conversion_of: 'x' });
    expect(checkConversion(miles, kmh).status).toBe('not comparable');
    expect(checkConversion(miles, undefined).status).toBe('not comparable');
  });
});

describe('disputed figures', () => {
  it('finds one metric and date stated differently by two claimants', () => {
    const rows = [
      claim({ claim_id: '1', claimant: 'Fire service', value: 12 }),
      claim({ claim_id: '2', claimant: 'Mayor', value: 20 }),
      claim({ claim_id: '3', claimant: 'Mayor', value: 20, as_of: '2025-01-05' }),
    ];
    const d = disputes(rows, { metrics: 10, pointsPerMetric: 10, totalPoints: 100, rows: 10 });
    expect(d.map((x) => x.claim_id)).toEqual(['1', '2']);
    expect(d[0]).toMatchObject({ low: 12, high: 20, claimants: 2 });
  });
  it('does not call the same figure from two claimants, or a bound and its value by one claimant, a dispute', () => {
    const same = [claim({ claim_id: '1', claimant: 'Police', value: 300 }), claim({ claim_id: '2', claimant: 'Organisers', value: 300 })];
    expect(disputes(same, { metrics: 10, pointsPerMetric: 10, totalPoints: 100, rows: 10 })).toEqual([]);
    const oneVoice = [claim({ claim_id: '1', claimant: 'Police', value: 300 }), claim({ claim_id: '2', claimant: 'Police', value: 300, qualifier: 'more_than' })];
    expect(disputes(oneVoice, { metrics: 10, pointsPerMetric: 10, totalPoints: 100, rows: 10 })).toEqual([]);
  });
});

describe('metric points', () => {
  it('puts values in the canonical unit and leaves conversions out', () => {
    const miles = claim({ claim_id: 'mi', text: 'more than 500 sq mi', value: 500, value_low: 500, qualifier: 'more_than', value_canonical: 1295, unit: 'mi2', unit_canonical: 'km2' });
    const conv = claim({ claim_id: 'km', text: '1,300 km²', value: 1300, value_canonical: 1300, unit: 'km2', unit_canonical: 'km2', conversion_of: 'mi' });
    const points = metricPoints([miles, conv], ['m'], { metrics: 5, pointsPerMetric: 5, totalPoints: 10, rows: 5 });
    expect(points.map((p) => p.id)).toEqual(['mi']);
    expect(points[0]).toMatchObject({ v: 1295, lo: 1295, q: 'more_than', u: 'km2' });
  });
});

describe('metrics offered', () => {
  const caps = { metrics: 10, pointsPerMetric: 10, totalPoints: 100, rows: 10 };
  it('puts first the measure most outlets and claimants report, not the one with most claims', () => {
    const one = ['1', '2', '3', '4'].map((id) => claim({ claim_id: `d${id}`, metric: 'day:ceasefire', outlet: 'Daily', value: 30 }));
    const many = [
      claim({ claim_id: 't1', metric: 'person:killed', outlet: 'Daily', claimant: 'Police', value: 7 }),
      claim({ claim_id: 't2', metric: 'person:killed', outlet: 'Herald', claimant: 'Hospital', value: 9 }),
    ];
    const list = metricList([...one, ...many], caps);
    expect(list.map((m) => m.metric)).toEqual(['person:killed', 'day:ceasefire']);
    expect(list[0]).toMatchObject({ claims: 2, outlets: 2 });
  });
});
