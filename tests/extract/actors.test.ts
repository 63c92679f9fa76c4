import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../data-loaders/doc/make.ts';
import { runStages } from '../../data-loaders/extract/index.ts';

function actors(text: string) {
  const doc = runStages(makeDoc(text), ['actors']);
  return { doc, names: [...doc.actors.values()].map((a) => a.name), byName: (n: string) => [...doc.actors.values()].find((a) => a.name === n) };
}

const mentionsOf = (doc: ReturnType<typeof actors>['doc'], name: string) => {
  const a = [...doc.actors.values()].find((x) => x.name === name);
  return doc.layers.mentions.filter((m) => m.actorKey === a?.key);
};

describe('actors: discovery without the gazetteer (invented names)', () => {
  it('finds a titled person and links the surname', () => {
    const { doc, names, byName } = actors('Interior Minister Halvard Brennick visited the flooded valley on Monday.\nBrennick said the dams had held.');
    expect(names).toContain('Halvard Brennick');
    expect(byName('Halvard Brennick')?.known).toBe(false);
    expect(byName('Halvard Brennick')?.role).toMatch(/Interior Minister/);
    expect(mentionsOf(doc, 'Halvard Brennick').map((m) => m.how)).toEqual(['title', 'surname']);
  });

  it('reads an apposition as a role, and the employer it names as an organisation', () => {
    const { byName } = actors('Nadia Okonkwo-Ferris, the head of the Veltran Cooperative, said prices would fall.');
    expect(byName('Nadia Okonkwo-Ferris')?.role).toMatch(/head of the Veltran Cooperative/);
    expect(byName('Veltran Cooperative')?.kind).toBe('organisation');
  });

  it('classifies organisations by their organisation word', () => {
    const { byName } = actors('The Dunmore Water Authority warned residents, and the Tessaly Grain Bank cut its rates.');
    expect(byName('Dunmore Water Authority')?.kind).toBe('organisation');
    expect(byName('Tessaly Grain Bank')?.kind).toBe('organisation');
  });

  it('finds media by a media cue', () => {
    const { byName } = actors('Footage aired on the Korvel 9 channel showed the stadium.');
    expect(byName('Korvel 9')?.kind).toBe('media');
  });

  it('keeps places apart from actors', () => {
    const { doc, names } = actors('Rescuers reached the village of Oskarvik after the storm hit the Brenna region.');
    expect(names).toEqual([]);
    expect(doc.layers.places.map((p) => p.text)).toEqual(['Oskarvik', 'Brenna']);
  });

  it('does not take capitalised sentence starts or headline words for people', () => {
    const { names } = actors('Meanwhile protesters gathered outside.\nStrikers Block Ports As Talks Collapse Again');
    expect(names).toEqual([]);
  });

  it('accepts an unknown speaker of a speech verb', () => {
    const { byName } = actors('Coach Ilse Marwood said her team had been unlucky in the final.');
    expect(byName('Ilse Marwood')?.kind).toBe('person');
  });
});

describe('actors: canonical names', () => {
  it('merges transliteration variants and surname-only mentions', () => {
    const { doc, names } = actors('General Oleksandr Syrsky inspected the front.\nSyrskii said the line held.\nSyrskyi later left.');
    expect(names).toEqual(['Oleksandr Syrskyi']);
    expect(mentionsOf(doc, 'Oleksandr Syrskyi')).toHaveLength(3);
  });

  it('merges transliteration variants of unknown people', () => {
    const { names } = actors('Mayor Dmitri Volkonskiy opened the bridge.\nVolkonsky said traffic would ease.');
    expect(names).toEqual(['Dmitri Volkonskiy']);
  });

  it('resolves group nouns to institutions', () => {
    const { names } = actors('Russian troops advanced while Ukrainian forces regrouped and North Korean soldiers dug in.');
    expect(names.sort()).toEqual(['Armed Forces of Ukraine', "Korean People's Army", 'Russian Armed Forces']);
  });

  it('reads possessives and capitals as countries', () => {
    const { names } = actors("Russia's Defence Ministry said Kyiv's troops had withdrawn.");
    expect(names.sort()).toEqual(['Armed Forces of Ukraine', 'Russian Ministry of Defence']);
  });

  it('names a group noun of a country without a gazetteer entry by template', () => {
    const { byName } = actors('French troops landed as the Brazilian navy patrolled the coast.');
    expect(byName('French Armed Forces')?.kind).toBe('group');
    expect(byName('Brazilian Navy')?.side).toBe('Brazil');
  });

  it('takes the country of a contextual institution from the neighbourhood', () => {
    const { names } = actors('Turkish officials met in Ankara.\nThe defence ministry said talks went well.');
    expect(names).toContain('Turkish Ministry of Defence');
  });

  it('maps acronyms and media to canonical names', () => {
    const { byName } = actors('EU ministers met as Reuters and AFP reported the vote.');
    expect(byName('European Union')?.kind).toBe('organisation');
    expect(byName('Reuters')?.kind).toBe('media');
    expect(byName('Agence France-Presse')?.kind).toBe('media');
  });

  it('resolves an office used without a name', () => {
    const { names } = actors('The Irish prime minister arrived late.');
    expect(names).toEqual(['Micheál Martin']);
  });

  it('resolves "the spokesman" to the person holding that role in the article', () => {
    const { doc } = actors('Police spokesman Tomas Vell gave an update.\nThe spokesman added that roads were closed.');
    expect(mentionsOf(doc, 'Tomas Vell').map((m) => m.how)).toEqual(['title', 'title']);
  });

  it('treats a capital that speaks as its country, as readers take "Moscow said"', () => {
    const { names } = actors('Moscow said the talks were over, and Washington said nothing.');
    expect(names.sort()).toEqual(['Russia', 'United States']);
  });

  it('reads all-capital lead-ins', () => {
    const { names } = actors('FRENCH PRESIDENT EMMANUEL Macron has called for calm.');
    expect(names).toEqual(['Emmanuel Macron']);
  });
});

describe('actors: pronouns in attribution', () => {
  it('resolves "he said" to the salient person before', () => {
    const { doc } = actors('Senator Rosa Quintal met Governor Abel Tarn in the capital.\nShe said the budget was fair.');
    const pron = doc.layers.mentions.find((m) => m.how === 'pronoun');
    expect(doc.actors.get(pron?.actorKey ?? '')?.name).toBe('Rosa Quintal');
  });

  it('prefers a person who spoke in the sentence before', () => {
    const { doc } = actors('Coach Piet Runde thanked the fans, and striker Leon Abara said the referee was wrong.\nHe added that the pitch was poor.');
    const pron = doc.layers.mentions.find((m) => m.how === 'pronoun');
    expect(doc.actors.get(pron?.actorKey ?? '')?.name).toBe('Leon Abara');
  });
});
