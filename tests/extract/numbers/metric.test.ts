/**
 * Metric keys grouped across articles (extract/numbers/metric.ts with
 * knowledge/metrics.yaml): synonyms map onto one label, keys that say
 * nothing about the measure are repaired from the clause, and groups apply
 * only to the quantities they are listed for. Every sentence is made up.
 */
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { numbersStage } from '../../../data-loaders/extract/numbers.ts';
import { groupMetric } from '../../../data-loaders/extract/numbers/metric.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

/** The grouped metric of the number written `number` in `text`, given the key the claims stage found. */
function grouped(text: string, number: string, raw: string): string | null {
  const kb = getKnowledge();
  const doc = makeDoc(text, { published: '2025-06-20' });
  numbersStage.run(doc, kb);
  const n = doc.layers.numbers.find((x) => !x.excluded && x.text.includes(number));
  expect(n, number).toBeDefined();
  return groupMetric(doc, n!, raw, kb, n!.start);
}

describe('synonyms group as one measure', () => {
  it('groups retaking territory', () => {
    expect(grouped('Government troops recaptured 300 square km near the river.', '300', 'km2:recaptured')).toBe('km2:retaken');
    expect(grouped('The army retook 120 square km in a week.', '120', 'km2:retook')).toBe('km2:retaken');
    expect(grouped('Soldiers liberated 12 villages in the south.', '12', 'village:liberated')).toBe('village:retaken');
  });

  it('groups deaths, injuries and truces', () => {
    expect(grouped('At least 40 people died in the floods.', '40', 'person:died')).toBe('person:killed');
    expect(grouped('The quake left 40 dead.', '40', 'person:dead')).toBe('person:killed');
    expect(grouped('Clashes wounded 18 protesters.', '18', 'protester:wounded')).toBe('protester:injured');
    expect(grouped('Both sides agreed a 72-hour ceasefire.', '72-hour', 'day:ceasefire')).toBe('day:truce');
  });

  it('applies a group only to the quantities it is listed for', () => {
    expect(grouped('The coalition took 48 seats.', '48', 'seat:took')).toBe('seat:won');
    expect(grouped('The rebels took 48 square km.', '48', 'km2:took')).toBe('km2:seized');
    expect(grouped('Shares climbed 4% on Monday.', '4%', 'percent:climbed')).toBe('percent:rose');
    expect(grouped('The toll climbed to 40 by nightfall.', '40', 'person:climbed')).toBe('person:climbed');
  });
});

describe('keys that say nothing about the measure', () => {
  it('takes the verb of the clause for a generic noun', () => {
    expect(grouped('Rebels seized 4 villages and 90 square km of land on Sunday.', '90', 'km2:land')).toBe('km2:seized');
  });

  it('falls back to the generic label when the clause has no verb to group', () => {
    expect(grouped('Only a sliver of 15 square km remains in their hands.', '15', 'km2:sliver')).toBe('km2:territory');
  });

  it('replaces a reporting verb by the predicate of the count', () => {
    expect(grouped('Organisers claimed 80,000 people took part in the march.', '80,000', 'person:claimed')).toBe('person:participated');
    expect(grouped('Three people were killed and 20 others were hurt.', '20', 'person')).toBe('person:injured');
  });

  it('repairs a duration keyed by an auxiliary', () => {
    expect(grouped('A 48-hour stoppage has been called for Monday.', '48-hour', 'day:has')).toBe('day:strike');
  });

  it('gives a bare count the group verb of its clause', () => {
    expect(grouped('Coastguards rescued 86 off the coast.', '86', 'person')).toBe('person:rescued');
  });

  it('does not reach past a reporting verb or into another kind of quantity', () => {
    expect(grouped('The group that evacuated the town said 500 remained.', '500', 'person')).toBe('person');
    expect(grouped('Crews rescued 212 people about 75km south of the island.', '75km', 'km')).toBe('km');
  });

  it('reads a key with the words after it', () => {
    expect(grouped('Some 40,000 people had taken to the streets by noon.', '40,000', 'person:taken')).toBe('person:participated');
    expect(grouped('The rebels said 15 soldiers were taken prisoner.', '15', 'soldier:taken')).toBe('soldier:captured');
  });

  it('does not read "taken place" as a capture', () => {
    expect(grouped('Protests have taken place in 38 towns.', '38', 'town:taken')).toBe('town');
  });
});
