import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { runStages } from '../../../data-loaders/extract/index.ts';
import { normName } from '../../../data-loaders/eval/normalize.ts';

/**
 * Claimants described rather than named ("the country's disaster agency",
 * "the office", "the government", "a source at the hospital"), through the
 * whole pipeline. Every sentence is made up for the test.
 */
function claimantOf(text: string, number: string): string | null {
  const doc = runStages(makeDoc(text, { published: '2025-11-20' }));
  const c = doc.layers.claims.find((x) => x.text === number);
  if (!c) throw new Error(`no claim "${number}" in ${doc.layers.claims.map((x) => x.text).join(', ')}`);
  return c.claimant;
}

describe('a body described by what its name says', () => {
  it('resolves "the country\'s disaster agency" to the body named later with that word', () => {
    const text = [
      'Cyclone toll climbs in Madagascar',
      'The number of dead rose to 41 on Tuesday, the country’s disaster agency said, as aid reached the east coast.',
      'The World Food Programme flew in rice and oil.',
      'The Bureau for Disaster Preparedness and Relief (BDPR) said 9 people were missing.',
    ].join('\n\n');
    expect(claimantOf(text, '41')).toBe('Bureau for Disaster Preparedness and Relief');
  });

  it('keeps the last organisation for a description with no distinguishing word', () => {
    const text = 'Harwick Rail Group cancelled trains on Monday.\n\nThe company said 120 services would run on Tuesday.';
    expect(claimantOf(text, '120')).toBe('Harwick Rail Group');
  });

  it('keeps people groups as written ("fire officials"), even when a fire service is named', () => {
    const text = 'The Ridge County Fire Authority sent crews overnight.\n\nThe blaze grew to 3,000 acres, fire officials said.';
    expect(normName(claimantOf(text, '3,000 acres'))).toBe('fire officials');
  });
});

describe('an inverted report is not an apposition', () => {
  it('"…, the office said" after a fund speaks for the office, not the fund', () => {
    const text = [
      'The Office for Humanitarian Response (OHR) said it had sent engineers to the dam.',
      'The UN has set aside $3 million from its Rapid Response Fund, the office said.',
    ].join('\n\n');
    expect(claimantOf(text, '$3 million')).toBe('Office for Humanitarian Response');
  });
});

describe('"the government" is not an agency named "… Administration"', () => {
  it('resolves "the government" to the country\'s government', () => {
    const text = [
      'Floods cut roads across Malawi',
      'BLANTYRE, Malawi – The National Roads Administration said 14 bridges had been washed away.',
      'The government declared a state of disaster and released $2 million from an emergency fund on Monday.',
    ].join('\n\n');
    const claimant = claimantOf(text, '$2 million');
    expect(claimant).not.toBe('National Roads Administration');
    expect(claimant).toMatch(/government/i);
  });
});

describe('unnamed sources', () => {
  it('keeps "a medical source at <hospital>" as written, not the hospital', () => {
    const text = 'A medical source at St Anne’s General Hospital told the BBC that 17 people had been admitted with burns.';
    expect(normName(claimantOf(text, '17'))).toBe(normName('medical source at St Anne’s General Hospital'));
  });

  it('still gives "officials at <body>" to the body', () => {
    const text = 'Officials at the Lakeside Water Board said 8,000 homes had no supply.';
    expect(claimantOf(text, '8,000')).toBe('Lakeside Water Board');
  });
});

describe('a subject in apposition before a closing verb', () => {
  it('", the port operator, Baltic Terminals, said in a statement" reports the whole sentence', () => {
    const text = 'Two cranes collapsed at about 40 metres above the quay on Sunday night, the port operator, Baltic Terminals Group, said in a statement.';
    expect(claimantOf(text, '40 metres')).toBe('Baltic Terminals Group');
  });
});

describe('companies named with a legal form or an apposition', () => {
  it('finds "Halvik A/S, the largest maker of ferries," as the speaker', () => {
    const text = 'Halvik A/S, the largest maker of ferries in Norway, said on Friday that it would cut 450 jobs.\n\nHalvik now expects revenue of 9 billion crowns.';
    expect(claimantOf(text, '450')).toBe('Halvik A/S');
    expect(claimantOf(text, '9 billion')).toBe('Halvik A/S');
  });
});

describe('statements and sources kept as written', () => {
  it('"some estimates put the toll as high as …"', () => {
    expect(claimantOf('Some estimates put the toll as high as 2,400.', '2,400')).toBe('some estimates');
  });

  it('"puts the figure closer to …" is a report of its subject', () => {
    const text = 'The Ostland Red Crescent puts the number of displaced closer to 12,000.';
    expect(claimantOf(text, '12,000')).toBe('Ostland Red Crescent');
  });

  it('"a senior official at <body>" is one unnamed person, not the body', () => {
    const text = 'The Harbour Authority made an offer on Monday.\n\nA senior official at the Harbour Authority, who asked not to be named, said the offer could rise to 7%.';
    expect(claimantOf(text, '7%')).toMatch(/^a senior official at/);
  });
});

describe('"it" after a sentence whose subject is a body', () => {
  it('takes the body that opened the sentence before, not the last one that spoke', () => {
    const text = [
      'The Dockworkers Union said 80% of its members had walked out.',
      'The Port Employers Council disputed that figure. In a statement, it said 35% of shifts had been covered.',
    ].join('\n\n');
    expect(claimantOf(text, '35%')).toBe('Port Employers Council');
  });
});

describe('the claimant as written', () => {
  it('keeps the words of a completed group ("officials" for a national group)', () => {
    const doc = runStages(makeDoc('Floods in northern Ghana cut roads, and about 3,000 homes were flooded, officials said.', { published: '2025-11-20' }));
    const c = doc.layers.claims.find((x) => x.text === '3,000')!;
    expect(c.claimant).toBe('Ghanaian officials');
    expect(c.claimantText).toBe('officials');
  });
});

describe('offices of named bodies and owned forecasts', () => {
  it('"the Fund\'s regional office for Africa said" speaks as that office of the body', () => {
    const text = "The World Health Organization's regional office for Africa said 310 cases were confirmed.";
    expect(claimantOf(text, '310')).toBe('World Health Organization Regional Office for Africa');
  });

  it('"He lowered his price target to …" is the analyst named before', () => {
    const text = 'Marta Lund, an analyst at Kvist Markets, said the results were weak.\n\nHe lowered his price target to 80 crowns from 110.';
    expect(claimantOf(text, '80')).toBe('Marta Lund');
  });
});

describe('reports holding other verbs and clauses', () => {
  it('"X said its observers had recorded 41 …" is X\'s report', () => {
    expect(claimantOf('The Voters League said its monitors had recorded problems at 23 of the 140 polling stations.', '23')).toBe('Voters League');
  });

  it('a coordinated clause keeps its own subject ("… and the delegation counted 9,000")', () => {
    const text = 'The Tenants Union said 60,000 people marched, and the Interior Office counted 9,000.';
    expect(claimantOf(text, '9,000')).toBe('Interior Office');
  });

  it('a span-led context clause after the report is the outlet\'s ("…, the agency said, three days after winds of 150 km/h")', () => {
    const text = 'The toll rose to 31, the Coastal Emergency Agency said, three days after the storm struck with winds of up to 150 km/h.';
    expect(claimantOf(text, '31')).toBe('Coastal Emergency Agency');
    expect(claimantOf(text, '150 km/h')).toBeNull();
  });

  it('the subject is not the parent company after "a subsidiary of Toronto-listed …"', () => {
    const text = 'Kestrel Gold Fields, a subsidiary of Toronto-listed Brannock Crest Resources, said it would pay 90,000 cedis to each family.';
    expect(claimantOf(text, '90,000')).toBe('Kestrel Gold Fields');
  });
});

describe('words around a quotation', () => {
  it('never takes words inside the quotation as the subject of "told", and leaves the listeners\' count unclaimed', () => {
    const text = 'Vera Kolar won the runoff.\n\n"I will serve everyone who voted, and the 9,000 who did not," she told a crowd of about 1,500 at the party.';
    expect(claimantOf(text, '9,000')).toBe('Vera Kolar');
    expect(claimantOf(text, '1,500')).toBeNull();
  });

  it('still gives what was told to the teller ("told reporters that 40 …")', () => {
    const text = 'The Harbour Police Service said on Monday it had found the boat.\n\nThe Harbour Police Service told reporters that 40 people had been rescued.';
    expect(claimantOf(text, '40')).toBe('Harbour Police Service');
  });
});

describe('armed forces, ministries and owned counts', () => {
  it('"Ukraine\'s air force said" after a figure is a speaker, the apostrophe no closing quote', () => {
    const text = 'Ostland attacked Varenia overnight with 90 drones and four missiles, Varenia\'s air force said on Sunday.\n\nAir defence units shot down 71 of the drones, the air force said in a statement.';
    expect(claimantOf(text, '90')).toMatch(/Air Force$/);
    expect(claimantOf(text, '71')).toMatch(/Air Force$/);
  });

  it('names "the transport ministry" as the Ministry of Transport, and a foreign ministry by its affairs', () => {
    const text = 'A train derailed near Lleida, killing three and injuring 40, Spain\'s transport ministry said.\n\nThe foreign ministry said 12 foreign nationals were on board.';
    expect(claimantOf(text, '40')).toBe('Spanish Ministry of Transport');
    expect(claimantOf(text, '12')).toBe('Spanish Ministry of Foreign Affairs');
  });

  it('"By its count, …" is the body named before', () => {
    const text = 'The Centre for Conflict Monitoring, a Berlin-based think tank, said the front had barely moved.\n\nBy its count, government forces gained about 120 square kilometres in May.';
    expect(claimantOf(text, '120 square kilometres')).toBe('Centre for Conflict Monitoring');
  });

  it('what economists counted in a poll forecast is theirs; the count is the poll\'s', () => {
    const text = 'Fourteen of the 21 economists polled by Reuters had forecast a cut of 50 basis points.';
    const doc = runStages(makeDoc(text, { published: '2025-11-20' }));
    const by = (t: string) => doc.layers.claims.find((c) => c.text === t)?.claimant;
    expect(by('Fourteen')).toBe('Reuters');
    expect(by('50 basis points')).toBe('economists polled by Reuters');
  });
});
