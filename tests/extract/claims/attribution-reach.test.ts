import { describe, expect, it } from 'vitest';
import { build, claim, org, person } from './build.ts';
import { groupPhraseWords } from '../../../data-loaders/extract/claims/speakers.ts';
import { claimsLexicon } from '../../../data-loaders/extract/claims/lexicon.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

/**
 * Claimant attribution: how far a reporting verb, a source phrase or a
 * previous sentence's claimant reaches. Every sentence is made up for the test.
 */
describe('claimant: pronoun subjects', () => {
  it('resolves "…, it said" at the end of a sentence to the last organisation that spoke', () => {
    const doc = build('The Andean Seismic Service said on Monday the quake struck at dawn. Nearly 40% of homes in the valley lost power, it said.', {
      actors: [org('Andean Seismic Service', 'Andean Seismic Service')],
    });
    expect(claim(doc, '40%').claimant).toBe('Andean Seismic Service');
  });

  it('resolves "…, she added" to the last person who spoke', () => {
    const doc = build('Mayor Ilse Varga said the bridge would reopen. About 3,000 cars a day used it before the flood, she added.', {
      actors: [person('Ilse Varga', 'Ilse Varga')],
    });
    expect(claim(doc, '3,000').claimant).toBe('Ilse Varga');
  });

  it('gives a pronoun inside a speaker\'s clause to that speaker ("X said they could confirm only N")', () => {
    const doc = build('A state broadcaster reported 15 deaths overnight, but the Harbour Authority said it could confirm only 12.', {
      actors: [org('Harbour Authority', 'Harbour Authority')],
    });
    expect(claim(doc, '12').claimant).toBe('Harbour Authority');
  });
});

describe('claimant: subjects that are not speakers', () => {
  it('reads a hyphenated surname as a name, not a compound noun', () => {
    const doc = build('Analyst Marie Dubois-Laurent told reporters the shortfall could be $4 billion larger.', {
      actors: [person('Marie Dubois-Laurent', 'Marie Dubois-Laurent')],
    });
    expect(claim(doc, '$4 billion').claimant).toBe('Marie Dubois-Laurent');
  });

  it('skips a passive "reported by" and keeps the named source', () => {
    const doc = build('Thefts reported by shops in the capital rose 18% last year, according to the Metropolitan Crime Bureau.');
    expect(claim(doc, '18%').claimant).toBe('Metropolitan Crime Bureau');
  });

  it('does not take "in what analysts described as" for an attribution of the figure', () => {
    const doc = build('Skyward Air said on Monday that hackers had reached the records of 4.1 million passengers, in what security experts described as the worst breach at a European airline.', {
      actors: [org('Skyward Air', 'Skyward Air')],
    });
    expect(claim(doc, '4.1 million').claimant).toBe('Skyward Air');
  });
});

describe('claimant: verbs of recording, forecasting and demanding', () => {
  it('takes the subject of "recorded" and "registered"', () => {
    const doc = build('The Nordic Met Office recorded a low of -41C at Kiruna. Police registered 1,200 complaints during the festival.', {
      actors: [org('Nordic Met Office', 'Nordic Met Office')],
    });
    expect(claim(doc, '41C').claimant).toBe('Nordic Met Office');
    expect(claim(doc, '1,200').claimant).toMatch(/police/i);
  });

  it('takes the subject of "is seeking" and "plans"', () => {
    const doc = build('Transport Workers United is seeking a 9% pay rise over three years. The Harbour Board plans 40 new berths by 2030.', {
      actors: [org('Transport Workers United', 'Transport Workers United'), org('Harbour Board', 'Harbour Board')],
    });
    expect(claim(doc, '9%').claimant).toBe('Transport Workers United');
    expect(claim(doc, 'three years').claimant).toBe('Transport Workers United');
    expect(claim(doc, '40').claimant).toBe('Harbour Board');
  });

  it('lets a sentence-final "…, X said" cover a forecast verb inside the sentence', () => {
    const doc = build('The central bank expects inflation to reach 7% this year, up from the 5% it forecast in March, as energy prices climb, Governor Ana Costa said on Friday.', {
      actors: [person('Ana Costa', 'Ana Costa'), org('central bank', 'Central Bank of Lusitania')],
    });
    expect(claim(doc, '7%').claimant).toBe('Ana Costa');
    expect(claim(doc, '5%').claimant).toBe('Ana Costa');
  });

  it('keeps the subject of a forecast verb when nobody else reports it', () => {
    const doc = build('The central bank expects inflation to reach 7% this year.', { actors: [org('central bank', 'Central Bank of Lusitania')] });
    expect(claim(doc, '7%').claimant).toBe('Central Bank of Lusitania');
  });
});

describe('claimant: documents and data as sources', () => {
  const gov = org('the government', 'Government of Norway', 'organisation');

  it('gives "the budget forecasts" to the government presenting it', () => {
    const doc = build('Norway\'s finance minister presented the government\'s spending plan on Tuesday. The budget forecasts a surplus of 12 billion crowns in 2027.', {
      actors: [{ ...gov, text: 'government' }],
    });
    expect(claim(doc, '12 billion').claimant).toBe('Government of Norway');
  });

  it('gives "according to budget documents" to the government', () => {
    const doc = build('The government unveiled its plan on Tuesday. Defence spending will rise to 3% of GDP by 2028, according to budget documents.', { actors: [{ ...gov, text: 'government' }] });
    expect(claim(doc, '3%').claimant).toBe('Government of Norway');
  });

  it('gives "X data show" to the body behind the data', () => {
    const doc = build('Exports from Chile fell 9% in June, trade ministry figures showed.');
    expect(claim(doc, '9%').claimant).toMatch(/^(?:Chilean )?Ministry of Trade$/);
  });

  it('gives "according to the union\'s own X count" to the union', () => {
    const doc = build('The Cyclists Federation called a protest. According to the federation\'s own RoadWatch tally, 312 crashes were reported in May.', {
      actors: [org('Cyclists Federation', 'Cyclists Federation'), org('RoadWatch', 'RoadWatch')],
    });
    expect(claim(doc, '312').claimant).toBe('Cyclists Federation');
  });
});

describe('claimant: carried over within a paragraph', () => {
  it('carries the claimant to an agentless forecast ("is expected to")', () => {
    const doc = build('The Harbour Board expects 2 million visitors in 2026. Cruise arrivals are projected to rise by 14%.', {
      actors: [org('Harbour Board', 'Harbour Board')],
    });
    expect(claim(doc, '14%').claimant).toBe('Harbour Board');
  });

  it('does not carry it into the next paragraph', () => {
    const doc = build('The Harbour Board expects 2 million visitors in 2026.\nCruise arrivals are projected to rise by 14%.', {
      actors: [org('Harbour Board', 'Harbour Board')],
    });
    expect(claim(doc, '14%').claimant).toBeNull();
  });

  it('carries it after "…, X said in a statement" to "Among those rescued were N"', () => {
    const doc = build('The ferry capsized 20km off the coast, the Maritime Rescue Agency said in a statement. Among those rescued were 12 children.', {
      actors: [org('Maritime Rescue Agency', 'Maritime Rescue Agency')],
    });
    expect(claim(doc, '12').claimant).toBe('Maritime Rescue Agency');
  });

  it('carries a reported statement into a next sentence in the conditional ("would cost")', () => {
    const doc = build('Finance Minister Ana Rell said on Monday that the plan was affordable. The first stage would cost 2.4 billion pesos a year.', {
      actors: [person('Ana Rell', 'Ana Rell')],
    });
    expect(claim(doc, '2.4 billion').claimant).toBe('Ana Rell');
  });

  it('does not carry a statement into a plain past-tense sentence or past the next one', () => {
    const doc = build('Finance Minister Ana Rell said the plan was affordable. The peso fell 3% on Monday. A rescue would cost 9 billion pesos.', {
      actors: [person('Ana Rell', 'Ana Rell')],
    });
    expect(claim(doc, '3%').claimant).toBeNull();
    expect(claim(doc, '9 billion').claimant).toBeNull();
  });

  it('does not carry it to an own-voice sentence', () => {
    const doc = build('The Maritime Rescue Agency said it rescued 80 people. The island has 5,000 residents.', {
      actors: [org('Maritime Rescue Agency', 'Maritime Rescue Agency')],
    });
    expect(claim(doc, '5,000').claimant).toBeNull();
  });
});

describe('claimant: recording verbs and names with commas', () => {
  it('gives a figure a hospital "admitted" to the official who reports it', () => {
    const doc = build('Health officer Dr Ama Lorde said the district hospital had admitted 187 patients since May.', { actors: [person('Ama Lorde', 'Ama Lorde')] });
    expect(claim(doc, '187').claimant).toBe('Ama Lorde');
  });

  it('reads "according to" a name with commas inside ("the Seismology, Volcanology and Tsunami Agency")', () => {
    const doc = build('The quake was 12 km deep, according to the Seismology, Volcanology and Tsunami Agency (SVTA).', {
      actors: [org('Seismology, Volcanology and Tsunami Agency', 'Seismology, Volcanology and Tsunami Agency')],
    });
    expect(claim(doc, '12 km').claimant).toBe('Seismology, Volcanology and Tsunami Agency');
  });
});

describe('claimant: a sentence-final speaker before an adjunct', () => {
  it('gives "…, the ministry said on Monday, with cases rising" the ministry over a country that recorded', () => {
    const doc = build('Peru has recorded 910 dengue cases since May, the Ministry of Health said on Monday, with new infections rising for a fourth week.', {
      actors: [org('Ministry of Health', 'Ministry of Health')],
    });
    expect(claim(doc, '910').claimant).toBe('Ministry of Health');
  });
});

describe('claimant: the adjunct after a final "…, X said"', () => {
  it('gives ", as food prices fell 1.1%" after "the agency said" to the agency', () => {
    const doc = build('Prices rose 0.6% in May, the Tarvel Statistics Office said, as food prices fell 1.1%.', {
      actors: [org('Tarvel Statistics Office', 'Tarvel Statistics Office')],
    });
    expect(claim(doc, '1.1%').claimant).toBe('Tarvel Statistics Office');
  });
});

describe('claimant: "Its figures show", "Its forecasters said"', () => {
  it('gives figures reported by a possessive subject to the body it stands for', () => {
    const doc = build('The Tarvel Weather Service said rain fell overnight. Its forecasters said the river rose by more than six metres on Tuesday.', {
      actors: [org('Tarvel Weather Service', 'Tarvel Weather Service')],
    });
    expect(claim(doc, 'six metres').claimant).toBe('Tarvel Weather Service');
  });

  it('reads a recording verb inside "its figures show that …" as the body\'s report', () => {
    const doc = build('The Refugee Agency said 41,870 people had arrived. Its figures show that Malta recorded 612 arrivals.', {
      actors: [org('Refugee Agency', 'Refugee Agency')],
    });
    expect(claim(doc, '612').claimant).toBe('Refugee Agency');
  });

  it('does not read "their families said" as the group', () => {
    const doc = build('The Miners Union said 40 men were trapped. Their families said 12 had been pulled out.', {
      actors: [org('Miners Union', 'Miners Union')],
    });
    expect(claim(doc, '12').claimant).not.toBe('Miners Union');
  });
});

describe('claimant: forecasts in a participle, data that show, reflexive subjects', () => {
  it('gives ", forecasting gusts of 60 km/h" the body that issued the alert', () => {
    const doc = build('The Tarvel Weather Office (TWO) issued an orange alert, forecasting gusts of up to 60 km/h.', {
      actors: [org('Tarvel Weather Office', 'Tarvel Weather Office')],
    });
    expect(claim(doc, '60 km/h').claimant).toBe('Tarvel Weather Office');
  });

  it('gives "…, the league\'s figures show" the league', () => {
    const doc = build('The Nordliga said crowds rose. A derby drew 25,988 people, the league\'s figures show.', { actors: [org('Nordliga', 'Nordliga')] });
    expect(claim(doc, '25,988').claimant).not.toBeNull();
  });

  it('reads a possessor with adjectives before its figures ("X\'s latest quarterly figures show")', () => {
    const doc = build("Delays rose to 412, the Orvane Rail Authority's latest quarterly figures show. Brenmark Water's new data show 38 leaks.", {
      actors: [org('Orvane Rail Authority', 'Orvane Rail Authority'), org('Brenmark Water', 'Brenmark Water')],
    });
    expect(claim(doc, '412').claimant).toBe('Orvane Rail Authority');
    expect(claim(doc, '38').claimant).toBe('Brenmark Water');
  });

  it('does not give figures to a possessor that only rejected them ("X\'s rejection of the figures")', () => {
    const doc = build("Halden Mills's rejection of the figures came after 412 jobs were cut.", { actors: [org('Halden Mills', 'Halden Mills')] });
    expect(claim(doc, '412').claimant).toBeNull();
  });

  it('reads "the league itself said" as the league', () => {
    const doc = build('The Nordliga said crowds rose. The league itself said on Monday that attendance had risen 4.2%.', { actors: [org('Nordliga', 'Nordliga')] });
    expect(claim(doc, '4.2%').claimant).not.toBeNull();
  });
});

describe('claimant: a body behind its own report', () => {
  it('reads "the agency\'s monthly field situation report said" as the agency', () => {
    const doc = build('The Relief Coordination Agency said on Monday that 40 camps were full. The agency\'s monthly field situation report said 9,300 families had arrived.', {
      actors: [org('Relief Coordination Agency', 'Relief Coordination Agency')],
    });
    expect(claim(doc, '9,300').claimant).toBe('Relief Coordination Agency');
  });
});

describe('claimant: descriptive and unnamed subjects', () => {
  it('places a group in its city ("emergency services in Lyon" → "Lyon emergency services")', () => {
    const doc = build('Emergency services in Lyon said calls rose by 20% during the storm.');
    expect(claim(doc, '20%').claimant).toBe('Lyon emergency services');
  });

  it('takes the head before a relative clause without commas ("a charity whose boat … said")', () => {
    const doc = build('Sea Aid sent a second ship. Officials counted 60 survivors, while a charity whose boat joined the search said at least 14 were missing.', {
      actors: [org('Sea Aid', 'Sea Aid')],
    });
    expect(claim(doc, '14').claimant).toBe('Sea Aid');
  });

  it('resolves "the agency" to the organisation just named', () => {
    const doc = build('The Andean Weather Service expects rain on Friday, but the agency warned that 20 rivers could flood.', {
      actors: [org('Andean Weather Service', 'Andean Weather Service')],
    });
    expect(claim(doc, '20').claimant).toBe('Andean Weather Service');
  });

  it('gives a figure reported "citing" someone to the one cited, and the outlet as cited source', () => {
    const doc = build('Broadcaster Radio Sol, citing hospital sources, reported a toll of 14 on Monday, but police said they could confirm only nine.', {
      actors: [org('Radio Sol', 'Radio Sol', 'media')],
    });
    expect(claim(doc, '14').claimant).toBe('hospital sources');
    expect(claim(doc, '14').citedSource).toBe('Radio Sol');
    expect(claim(doc, 'nine').claimant).toMatch(/police/i);
  });

  it('keeps an unnamed source as written, as an unnamed group of its own', () => {
    const doc = build('According to a person familiar with the talks, the deal is worth $3 billion.');
    expect(claim(doc, '$3 billion')).toMatchObject({ claimant: 'a person familiar with the talks', claimantKey: expect.stringMatching(/^unnamed /) });
  });

  it('keeps "people familiar with the matter said"', () => {
    const doc = build('The bank will cut 2,000 jobs, people familiar with the matter said.');
    expect(claim(doc, '2,000')).toMatchObject({ claimant: 'people familiar with the matter', claimantKey: expect.stringMatching(/^unnamed /) });
  });

  it('names the place of an unnamed source when it is a known actor ("a doctor at the clinic")', () => {
    const doc = build('The injured were taken to St Brigid Clinic. A doctor at the clinic told Reuters that four patients were in a critical condition.', {
      actors: [org('St Brigid Clinic', 'St Brigid Clinic')],
    });
    expect(claim(doc, 'four')).toMatchObject({ claimant: 'a doctor at St Brigid Clinic', claimantKey: expect.stringMatching(/^unnamed /) });
  });

  it('takes a group noun right before the verb over a name further back', () => {
    const doc = build('The Harbour Line ferry sank near the island as volunteers say 12 people remain missing.', {
      actors: [org('Harbour Line', 'Harbour Line')],
    });
    expect(claim(doc, '12').claimant).toMatch(/volunteers/);
  });

  it('does not resolve "the charity" to an organisation the story calls a coastguard', () => {
    const doc = build('Boats of the Greek coastguard reached the scene at dawn. The charity said nine people were missing.', {
      actors: [org('Greek coastguard', 'Hellenic Coast Guard')],
    });
    expect(claim(doc, 'nine').claimant).not.toBe('Hellenic Coast Guard');
  });

  it('lets a capital speak for its government with a forecast verb', () => {
    const doc = build('Oslo projects a surplus of 3% of output next year.');
    expect(claim(doc, '3%').claimant).toBe('Oslo');
  });
});

describe('claimant: figures and groups with a qualifying phrase', () => {
  it('takes the group before "in the province" as the speaker', () => {
    const doc = build('Officials in the province put the death toll at 32 on Sunday.');
    expect(claim(doc, '32').claimant).toMatch(/^(?:\p{L}+ )?officials$/iu);
  });

  it('gives "figures published by X show" to X', () => {
    const doc = build('Figures published by the Riverland Statistics Bureau on Monday show unemployment rose to 6.1% in May.');
    expect(claim(doc, '6.1%').claimant).toBe('Riverland Statistics Bureau');
  });

  it('gives "data from the X office showed" to the office', () => {
    const doc = build('Data from the national statistics office showed inflation slowed to 3.4% in April.');
    expect(claim(doc, '3.4%').claimant).toMatch(/statistics office/i);
  });

  it('gives "according to figures from X" to X', () => {
    const doc = build('According to figures from the Coastal Fisheries Board, catches fell by 18% last year.');
    expect(claim(doc, '18%').claimant).toBe('Coastal Fisheries Board');
  });

  it('gives "officials at X said" to X when X is a named body', () => {
    const doc = build('Officials at the Port Authority said 14 cranes were damaged.', { actors: [org('Port Authority', 'Port Authority')] });
    expect(claim(doc, '14').claimant).toBe('Port Authority');
  });

  it('takes local media as a claimant', () => {
    const doc = build('Local media reported that 30 people were trapped under the rubble.');
    expect(claim(doc, '30').claimant).toMatch(/local media$/i);
  });
});

describe('claimant: more sources of figures', () => {
  it('gives "results published by the commission showed" to the commission', () => {
    const doc = build('Results published by the electoral commission on Monday showed the ruling party winning 41% of the vote.');
    expect(claim(doc, '41%').claimant).toMatch(/commission/i);
  });

  it('carries the claimant to "Among the dead were N"', () => {
    const doc = build('The regional health office said 31 people died in the landslide. Among the dead were 14 children.');
    expect(claim(doc, '14').claimant).toMatch(/health office/i);
  });

  // Convention (docs/annotating.md): what people polled by an outlet expect is theirs, written as the article puts it;
  // a count of the people polled is the poll's, and so its owner's.
  it('gives what people "polled by" an outlet expect to them, as written', () => {
    const doc = build('Analysts polled by Reuters had expected earnings of 82 cents a share.', { actors: [org('Reuters', 'Reuters', 'media')] });
    expect(claim(doc, '82 cents').claimant).toBe('analysts polled by Reuters');
    expect(claim(doc, '82 cents').claimantKey).toMatch(/^unnamed /);
  });

  it('gives a count of the people polled to the poll\'s owner', () => {
    const doc = build('Fourteen of the 20 economists surveyed by Bloomberg last month had predicted a rise.', { actors: [org('Bloomberg', 'Bloomberg', 'media')] });
    expect(claim(doc, 'Fourteen').claimant).toBe('Bloomberg');
  });

  it('keeps people groups without a nationality added ("striking workers")', () => {
    const doc = build('In Chile, striking workers are demanding a 15% pay rise.');
    expect(claim(doc, '15%').claimant).toBe('striking workers');
  });

  it('reads an institution named "X of Y" before the verb', () => {
    const doc = build('The strike has cost the economy an estimated $120 million, the chamber of commerce said.');
    expect(claim(doc, '$120 million').claimant).toMatch(/^chamber of commerce$/i);
  });

  it('reads "the fire service said" after the figure', () => {
    const doc = build('Rescuers pulled 12 survivors from the rubble overnight, the fire service said, but hopes were fading.');
    expect(claim(doc, '12').claimant).toMatch(/fire service/i);
  });

  it('takes an acronym the actors layer did not know', () => {
    const doc = build('Health authorities have recorded 1,320 cases of cholera since January, the WHO said.');
    expect(claim(doc, '1,320').claimant).toBe('WHO');
  });

  it('does not take a figure\'s scale word into the subject ("the $3bn analysts had expected")', () => {
    const doc = build('Sales reached $3.2 billion, ahead of the $3.05 billion analysts had expected.');
    const region = 'ahead of the $3.05 billion analysts had ';
    expect(groupPhraseWords(doc, 0, region, claimsLexicon(getKnowledge()), false)?.name).toBe('analysts');
  });

  it('does not resolve "it" to a plural group', () => {
    const doc = build('Analysts said demand was weak. It posted a net loss of $410 million.');
    expect(claim(doc, '$410 million').claimant).toBeNull();
  });

  it('gives "according to a statement from X" to X', () => {
    const doc = build('Crews rescued 23 people from flooded homes, according to a statement from the Harbor County Sheriff.');
    expect(claim(doc, '23').claimant).toBe('Harbor County Sheriff');
  });

  it('gives "the ministry\'s latest figures show" to the ministry', () => {
    const doc = build('The labour ministry\'s latest figures show 4.3 million people are out of work.');
    expect(claim(doc, '4.3 million').claimant).toMatch(/ministry of labour/i);
  });

  it('carries the claimant over "according to the same figures"', () => {
    const doc = build('The Andean Seismic Service said 212 aftershocks were recorded. Most were below magnitude 4, according to the same figures.', {
      actors: [org('Andean Seismic Service', 'Andean Seismic Service')],
    });
    expect(claim(doc, 'magnitude 4').claimant).toBe('Andean Seismic Service');
  });

  it('resolves a headline\'s "charity says" to the charity the story names later', () => {
    const doc = build('Ferry sinks off Crete as charity says 19 missing\nThe Greek coastguard and the rescue group Sea Aid searched the area overnight.', {
      actors: [org('Greek coastguard', 'Hellenic Coast Guard'), org('Sea Aid', 'Sea Aid')],
    });
    expect(claim(doc, '19').claimant).toBe('Sea Aid');
  });
});

describe('claimant: subjects that name a source of figures', () => {
  it('gives "results released by X … gave" to X', () => {
    const doc = build('Official results released by the electoral commission on Friday gave the opposition alliance 36 of the 61 seats.');
    expect(claim(doc, '36').claimant).toMatch(/electoral commission/i);
  });

  it('does not resolve "central bank" to a bank with another name', () => {
    const doc = build('Northgate Bank was fined on Tuesday. Inflation averaged 9% in 2024, central bank data show.', { actors: [org('Northgate Bank', 'Northgate Bank')] });
    expect(claim(doc, '9%').claimant).toMatch(/central bank/i);
  });

  it('gives "…, though they noted" to the group that spoke earlier in the sentence', () => {
    const doc = build('The commission said the count was over. Observers from the regional bloc said the vote had been peaceful, though they noted delays at 40 polling stations.', {
      actors: [org('commission', 'Electoral Commission')],
    });
    expect(claim(doc, '40').claimant).toMatch(/observers/i);
  });

  it('gives "according to a statement from the county sheriff\'s office" to that office', () => {
    const doc = build('Crews rescued 23 people from flooded homes, according to a statement from the county sheriff\'s office.');
    expect(claim(doc, '23').claimant).toMatch(/^county sheriff's office$/i);
  });
});


describe('claimant: quotations that run on', () => {
  it('gives a number in a later paragraph of a multi-paragraph quote to its speaker', () => {
    const text = '“The river rose faster than anyone expected. Some villages have been cut off for five days.\n“We need at least 40 boats to reach them,” said Tomas Rel, the regional fire chief.';
    const quote = 'The river rose faster than anyone expected. Some villages have been cut off for five days.\n“We need at least 40 boats to reach them,';
    const doc = build(text, {
      actors: [person('Tomas Rel', 'Tomas Rel')],
      quotes: [{ text: quote, speaker: 'Tomas Rel', key: 'Tomas Rel' }],
    });
    expect(claim(doc, 'five days').claimant).toBe('Tomas Rel');
    expect(claim(doc, '40').claimant).toBe('Tomas Rel');
  });
});

describe('claimant: words that are not sources', () => {
  it('takes no sentence-opening determiner or pronoun for a source', () => {
    const doc = build('The fighting has displaced thousands of families. Some estimates put the number of dead as high as 9,000.');
    expect(claim(doc, '9,000').claimant).not.toBe('Some');
  });
});

describe('claimant: a that-clause reports the rest of the sentence', () => {
  it('carries "X said that …" across a clause break', () => {
    const doc = build('The regulator said on Tuesday that the fine would have been £12 million, but was cut by 30% because the firm settled early.', {
      actors: [org('regulator', 'Financial Conduct Authority')],
    });
    expect(claim(doc, '30%').claimant).toBe('Financial Conduct Authority');
  });

  it('leaves the outlet its own context clause', () => {
    const doc = build('The minister said on Friday that talks would resume next week, after storms had closed the port for two days.', {
      actors: [person('minister', 'Ana Ruiz')],
    });
    expect(claim(doc, 'two days').claimant).toBeNull();
  });
});

describe('claimant: reports a body owns, and named sources over verbs of recording', () => {
  it('gives "X cut its forecast … to N" to X', () => {
    const doc = build('The Reserve Bank last week cut its forecast for growth this year to 1.4% from 1.9%.', {
      actors: [org('Reserve Bank', 'Reserve Bank of Australia')],
    });
    expect(claim(doc, '1.4%').claimant).toBe('Reserve Bank of Australia');
    expect(claim(doc, '1.9%').claimant).toBe('Reserve Bank of Australia');
  });

  it('prefers "according to X" over the subject of "recorded"', () => {
    const doc = build('Peru recorded more than 9,000 dengue cases in March, according to the health ministry.', {
      actors: [org('Peru', 'Peru', 'country'), org('health ministry', 'Peruvian Ministry of Health')],
    });
    expect(claim(doc, '9,000').claimant).toBe('Peruvian Ministry of Health');
  });
});

describe('claimant: a data release going on, and the report it came from', () => {
  it('carries a body\'s figures over to the measures that move after them in the paragraph', () => {
    const doc = build('Ostvik Motors said it delivered 403,100 vehicles in the quarter. Revenue fell 5.1% to €22.8 billion.', { actors: [org('Ostvik Motors', 'Ostvik Motors')] });
    expect(claim(doc, '5.1%').claimant).toBe('Ostvik Motors');
    expect(claim(doc, '€22.8 billion').claimant).toBe('Ostvik Motors');
  });

  it('carries a statistics office\'s release over to "food prices rose", not to a sentence on what someone lost', () => {
    const doc = build('The Tarvel Statistics Office said inflation eased to 3.2% in May. Food prices rose 4.1% from a year earlier. The ruling party lost 12 seats in the vote.', {
      actors: [org('Tarvel Statistics Office', 'Tarvel Statistics Office')],
    });
    expect(claim(doc, '4.1%').claimant).toBe('Tarvel Statistics Office');
    expect(claim(doc, '12').claimant).toBeNull();
  });

  it('leaves market prices and a new paragraph in the outlet\'s voice', () => {
    const doc = build('The central bank said inflation rose to 24.1% in March. The pound was steady and the main share index rose 0.9%.\n\nExports fell 3% last year.', {
      actors: [org('central bank', 'Central Bank of Tarvel')],
    });
    expect(claim(doc, '0.9%').claimant).toBeNull();
    expect(claim(doc, '3%').claimant).toBeNull();
  });

  it('does not carry a person\'s statement over to a figure without attribution', () => {
    const doc = build('Jana Holm said she expected 40 new hires. Sales rose 4% last year.', { actors: [person('Jana Holm', 'Jana Holm')] });
    expect(claim(doc, '4%').claimant).toBeNull();
  });

  it('gives "the report" the body whose report the article named before', () => {
    const doc = build("Thefts fell, according to the Orvane Police Service's annual statistical report. The report counted 38 homicides. Burglaries rose to 400, according to the report.", {
      actors: [org('Orvane Police Service', 'Orvane Police Service')],
    });
    expect(claim(doc, '38').claimant).toBe('Orvane Police Service');
    expect(claim(doc, '400').claimant).toBe('Orvane Police Service');
  });
});

describe('claimant: "put … at" with a long object, a count kept by someone, legal counts', () => {
  it('does not read "put … at risk" as a figure put at a value', () => {
    const doc = build('The shelling put the lives of thousands of civilians at risk, and 14 homes burned.', {});
    expect(claim(doc, '14').claimant).toBeNull();
  });

  it('keeps "12 said" a verb of speech after a number', () => {
    const doc = build('Of 40 economists asked, 12 said rates would fall by 0.25 points.', {});
    expect(claim(doc, '0.25').claimant).not.toBeNull();
  });

  it('reads "put the size of the march through the city at N"', () => {
    const doc = build('Police put the size of the crowd along the seafront at about 12,000 people.', { actors: [org('Police', 'Tarvel Police')] });
    expect(claim(doc, '12,000').claimant).toBe('Tarvel Police');
  });

  it('gives a running count kept by a group to that group', () => {
    const doc = build('A tally maintained by Orvane Watch from daily bulletins shows closures averaged about 940 a week.', { actors: [org('Orvane Watch', 'Orvane Watch')] });
    expect(claim(doc, '940').claimant).toBe('Orvane Watch');
  });

  it('gives "a poll of 1,000 voters by X" to X', () => {
    const doc = build('A poll of 1,000 voters by Halden Research put support for the plan at 41%.', { actors: [org('Halden Research', 'Halden Research')] });
    expect(claim(doc, '41%').claimant).toBe('Halden Research');
  });

  it('does not read "two counts of fraud" as a verb of counting', () => {
    const doc = build('Graham Pell, 61, was convicted of fraud and two counts of money laundering after a trial lasting nine weeks.', { actors: [person('Graham Pell', 'Graham Pell')] });
    expect(claim(doc, 'nine weeks').claimant).toBeNull();
  });
});

describe('claimant: an analysis of something by a body', () => {
  it('gives "An analysis of footage and imagery by X found" to X', () => {
    const doc = build('An analysis of drone footage and radar images by the Ostvik Mapping Centre found that the ice had retreated about 318 sq km.', {
      actors: [org('Ostvik Mapping Centre', 'Ostvik Mapping Centre')],
    });
    expect(claim(doc, '318 sq km').claimant).toBe('Ostvik Mapping Centre');
  });
});
