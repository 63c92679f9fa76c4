import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../data-loaders/doc/make.ts';
import { runStages } from '../../data-loaders/extract/index.ts';
import { findQuotes } from '../../data-loaders/extract/quotes/spans.ts';
import { extractQuotes } from '../../data-loaders/extract/quotes.ts';
import { getKnowledge } from '../../data-loaders/knowledge/index.ts';

function quotes(text: string) {
  const doc = runStages(makeDoc(text), ['actors', 'quotes']);
  return doc.layers.quotes.map((q) => ({ text: q.text, speaker: q.speaker, how: q.how, partial: q.partial }));
}

describe('quote spans', () => {
  it('finds straight, curly and guillemet quotes', () => {
    const t = 'He said "yes". She said “no”. They said «maybe».';
    expect(findQuotes(t).map((q) => t.slice(q.start, q.end))).toEqual(['yes".', 'no”.', 'maybe».'].map((s) => s.slice(0, s.length - 2)));
  });

  it('does not take apostrophes for quote marks', () => {
    const t = 'It’s Moscow’s view that the workers’ union isn’t ready.';
    expect(findQuotes(t)).toEqual([]);
  });

  it('takes balanced single quotes at word boundaries', () => {
    const t = "The plan was a 'breather' for the army, and the town’s mayor called it ‘a farce’.";
    expect(findQuotes(t).map((q) => t.slice(q.start, q.end))).toEqual(['breather', 'a farce']);
  });

  it('continues an unclosed quote into the next paragraph that opens with a quote mark', () => {
    const t = '“The water rose fast.\n“We had ten minutes to leave,” the farmer said.';
    const q = findQuotes(t);
    expect(q).toHaveLength(1);
    expect(t.slice(q[0].start, q[0].end)).toBe('The water rose fast.\n“We had ten minutes to leave,');
  });
});

describe('quote attribution', () => {
  it('never takes the listener of "told" for the speaker', () => {
    const [q] = quotes('“The clinic has run out of insulin,” Ana Ruiz, Oxfam’s country director in Chad, told Reuters on Tuesday.');
    expect(q.speaker).toBe('Ana Ruiz');
    const [r] = quotes('“We counted 40 boats in one night,” the harbour master told the BBC.');
    expect(r.speaker).not.toBe('BBC');
  });

  it('verb after the quote', () => {
    expect(quotes('“We will rebuild every school,” Governor Mara Linde said.')).toEqual([
      { text: 'We will rebuild every school,', speaker: 'Mara Linde', how: 'verb_after', partial: false },
    ]);
  });

  it('inverted verb after the quote, with a title for the speaker', () => {
    const q = quotes('Chief executive Oren Blay announced the merger.\n“It is a good day,” said the chief executive.');
    expect(q[0]).toMatchObject({ speaker: 'Oren Blay', how: 'verb_after' });
  });

  it('split quotes share the speaker', () => {
    const q = quotes('“The rain came at night,” rescue chief Ana Sorell said, “and the river broke its banks.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Sorell', 'Ana Sorell']);
  });

  it('pronoun speaker resolved to the person before', () => {
    const q = quotes('Union leader Kofi Asante addressed the strikers.\n“We are not going back,” he said.');
    expect(q[0]).toMatchObject({ speaker: 'Kofi Asante', how: 'pronoun' });
  });

  it('colon introduction and a verb before the quote', () => {
    const q = quotes('Coach Berit Holm told reporters: “We were simply better.”');
    expect(q[0]).toMatchObject({ speaker: 'Berit Holm', how: 'verb_before', partial: false });
  });

  it('a partial quote inside reported speech takes the clause subject', () => {
    const q = quotes('Opposition leader Tariq Demir accused the government of trying to “bury the truth” about the fire.');
    expect(q[0]).toMatchObject({ text: 'bury the truth', speaker: 'Tariq Demir', partial: true });
  });

  it('keeps the outer speaker of an embedded report', () => {
    const q = quotes('Minister Lena Vog said that Mayor Ivo Brandt and police chief Saskia Lund indicated they would act “within hours”.');
    expect(q[0]).toMatchObject({ speaker: 'Lena Vog', how: 'embedded' });
  });

  it('according to', () => {
    const q = quotes('The dam was “close to failing”, according to engineer Pal Ostby.');
    expect(q[0]).toMatchObject({ speaker: 'Pal Ostby', how: 'according_to' });
  });

  it('a quote paragraph with no cue continues the last speaker', () => {
    const q = quotes('“Prices will rise,” central bank governor Ines Marra said.\n“Households should prepare.”');
    expect(q[1]).toMatchObject({ speaker: 'Ines Marra', how: 'previous_sentence' });
  });

  it('a quote paragraph right after reported speech is the reporting speaker\'s', () => {
    const q = quotes('Tomas Brenner, chief analyst at Kolde Securities, said the figures gave the central bank room to act.\n\n"We expect two more cuts this year.');
    expect(q[0]).toMatchObject({ speaker: 'Tomas Brenner', how: 'previous_paragraph' });
  });

  it('only the paragraph right before counts', () => {
    const q = quotes('Tomas Brenner, chief analyst at Kolde Securities, said the figures gave the central bank room to act.\n\nMarkets fell in early trading.\n\n"We expect two more cuts this year.');
    expect(q[0]?.speaker ?? null).toBeNull();
  });

  it('drops scare quotes nobody says', () => {
    expect(quotes('The company sold its “legacy” brands last year.')).toEqual([]);
  });

  it('a country can speak', () => {
    const q = quotes('Japan said it would respond “firmly” to the launch.');
    expect(q[0]).toMatchObject({ speaker: 'Japan', partial: true });
  });

  it('a short quote of an organisation referred to as "the ministry"', () => {
    const q = quotes('Floods killed 40 people, Peru\'s health ministry said.\nThe ministry said in a statement that the count was "partial and likely to rise" because roads were cut.');
    expect(q[0]).toMatchObject({ speaker: 'Peruvian Ministry of Health', partial: true });
  });

  it('a speaker before a relative clause', () => {
    const q = quotes('Canada, which hosted the talks in May, said on Friday it was "gravely worried" by the shelling.');
    expect(q[0]).toMatchObject({ speaker: 'Canada' });
  });

  it('a quoted word used as a modifier is no quote', () => {
    const q = quotes('"Demand is weak," said Tomas Berle, an analyst who has a "hold" rating on the shares.');
    expect(q.map((x) => x.text)).toEqual(['Demand is weak,']);
  });

  it('"she said" in the next paragraph goes to the woman named before, across a preposition-looking word', () => {
    const q = quotes('Speaking at the rally, Drivers\' Guild spokeswoman Mira Olsen rejected the count.\n\n“Let them count as they like,” she said. “We filled the avenue.”');
    expect(q.map((x) => x.speaker)).toEqual(['Mira Olsen', 'Mira Olsen']);
  });

  it('"he wrote" does not go to a person named inside the quotation', () => {
    const q = quotes('Opposition leader Anton Vell attacked the plan. "Four years of Marrick have ruined us," he wrote. Premier Jonas Marrick did not reply.');
    expect(q[0]).toMatchObject({ speaker: 'Anton Vell' });
  });
});

describe('quote attribution without a mention at the verb', () => {
  it('takes a short form of a named organisation that no mention covers ("Northwind said it “…”")', () => {
    // Mentions made by hand: the actors stage found only the full name.
    const doc = makeDoc('Northwind Energy said on Monday that its billing system had been hit.\nNorthwind said it “does not negotiate with extortionists” and had not paid.');
    doc.actors.set('northwind energy', { key: 'northwind energy', name: 'Northwind Energy', kind: 'organisation', side: null, role: null, known: false });
    doc.layers.mentions.push({ start: 0, end: 16, text: 'Northwind Energy', actorKey: 'northwind energy', sentence: 0, how: 'discovered' });
    extractQuotes(doc, getKnowledge());
    expect(doc.layers.quotes[0]).toMatchObject({ text: 'does not negotiate with extortionists', speaker: 'Northwind Energy' });
  });

  it('gives a headline quotation the speaker of the same words in the story', () => {
    const q = quotes('Water regulator says it is “reviewing the outage”\nOfwat said on Friday it was “reviewing the outage” and would report within a month.');
    expect(q.filter((x) => x.text === 'reviewing the outage').map((x) => x.speaker)).toEqual(['Ofwat', 'Ofwat']);
  });

  it('looks past an inner reporting verb to the speaker ("X said the club had admitted “…”")', () => {
    const q = quotes('UNHCR spokesman Tomas Rehn said the camp, which holds 2,000 people, had admitted “many more than the water points could serve”.');
    expect(q[0]).toMatchObject({ speaker: 'Tomas Rehn', how: 'verb_before' });
  });
});


describe('quote attribution: "it said" and reported clauses', () => {
  it('gives a partial quote after "It said X had …" to the body that spoke before, not to X', () => {
    const q = quotes('The Harbour Authority said its crews had cleared the channel. It said the storm had caused "at least 40 million dollars" of damage.');
    expect(q.map((x) => x.speaker)).toEqual(['Harbour Authority']);
  });

  it('lets an unnamed office speak for the body named after the verb ("a company spokeswoman said Tarvex did not …")', () => {
    const q = quotes('Tarvex Networks cut 900 jobs. Asked about the figures, a company spokeswoman said Tarvex did not "break down cuts by site".');
    expect(q.map((x) => x.speaker)).toEqual(['Tarvex Networks']);
  });

  it('still reads an inverted speaker after a quotation ("…,” said X)', () => {
    const q = quotes('"We will rebuild," said Mayor Ana Lott.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lott']);
  });

  it('does not resolve "it" after a verb of results ("it posted a loss")', () => {
    const doc = runStages(makeDoc('Tarvex Networks said sales fell. Analysts at Nordmark Data said the outlook was weak. But it posted a loss of $4 million.'), ['actors']);
    expect(doc.layers.mentions.filter((m) => m.how === 'pronoun').map((m) => m.text)).toEqual([]);
  });
});

describe('quote attribution: an office of a named body, then its holder', () => {
  it('gives "…," said the group\'s coordinator, Professor X the person, not the group', () => {
    const q = quotes('Open Count, a group of statisticians, put the crowd at 40,000. "Both sides push their number," said the group\'s coordinator, Professor Ines Varela.');
    expect(q.map((x) => x.speaker)).toEqual(['Ines Varela']);
  });
});

describe('quote attribution: holders after a body name, an age or an office', () => {
  it('gives "…," said Brenvik president Jane Doe the president', () => {
    const q = quotes('"A 6.8% rise is not something we can accept," said Brenvik president Park Ji-hoon.');
    expect(q.map((x) => x.speaker)).toEqual(['Park Ji-hoon']);
  });

  it('reads past an age and a long apposition before the verb', () => {
    const q = quotes('"The drone came twice," Omar Dalil, 38, a cattle trader who was hurt in the leg, told Reuters by phone.');
    expect(q.map((x) => x.speaker)).toEqual(['Omar Dalil']);
  });

  it('gives a quote after "saying" to the holder apposed to an office, not the office\'s body', () => {
    const q = quotes('The UN humanitarian coordinator for Tarvel, Ingrid Vossberg, condemned the attack, saying strikes on markets "may amount to war crimes."');
    expect(q.map((x) => x.speaker)).toEqual(['Ingrid Vossberg']);
  });
});

describe('a body\'s office that speaks in a headline', () => {
  it('gives "Velbank governor says" to the governor the story names', () => {
    const q = quotes('Velbank governor says a cut is "on the table"\n\nVelmar Central Bank (Velbank) Governor Ana Rautio said on Thursday that inflation gave room to ease.');
    expect(q[0].speaker).toBe('Ana Rautio');
  });
});
