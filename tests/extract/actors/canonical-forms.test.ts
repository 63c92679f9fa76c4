import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { runStages } from '../../../data-loaders/extract/index.ts';

type Meta = Parameters<typeof makeDoc>[1];

function actors(text: string, meta: Meta = {}) {
  const doc = runStages(makeDoc(text, meta), ['actors']);
  const list = [...doc.actors.values()];
  const mentions = (name: string) => {
    const a = list.find((x) => x.name === name);
    return doc.layers.mentions.filter((m) => m.actorKey === a?.key).map((m) => m.text);
  };
  return { doc, names: list.map((a) => a.name), byName: (n: string) => list.find((a) => a.name === n), mentions };
}

describe('actors: whole organisation names', () => {
  it('keeps a role word that ends an organisation name ("… Service Executive")', () => {
    const { names, mentions } = actors('The Coastal Service Executive said 300 homes were still without water.\nThe CSE later said repairs would take a week.');
    expect(names).toContain('Coastal Service Executive');
    expect(names).not.toContain('Coastal Service');
    expect(mentions('Coastal Service Executive')).toContain('CSE');
  });

  it('still reads a title after an organisation before a person ("Party Chairman Jan Veld")', () => {
    const { names } = actors('Dunmore Party Chairman Jan Veld said turnout was the highest in a decade.');
    expect(names).toContain('Dunmore Party');
    expect(names.some((n) => n.startsWith('Dunmore Party Chairman'))).toBe(false);
  });

  it('keeps a possessive role inside a name ("Privacy Commissioner\'s Office")', () => {
    const { names } = actors('The Privacy Commissioner’s Office said it had opened an inquiry into the leak.');
    expect(names).toContain("Privacy Commissioner's Office");
    expect(names).not.toContain("Commissioner's Office");
  });

  it('does not glue a day or month to a name through "on"/"in"', () => {
    const { names } = actors('Doctors at Halvard City Hospital on Friday said 40 patients had been treated.\nThe Marlow Rail Company in March said fares would rise.');
    expect(names.some((n) => /Friday|March/.test(n))).toBe(false);
  });

  it('strips a capitalised descriptor at a sentence start ("Broadcaster X", "Carmaker Y")', () => {
    const { names, byName } = actors('Broadcaster KNX24 reported that the bridge had collapsed.\nCarmaker Voltra said sales fell 12% in the quarter.');
    expect(names).toContain('KNX24');
    expect(names).toContain('Voltra');
    expect(byName('KNX24')?.kind).toBe('media');
    expect(names.some((n) => /Broadcaster|Carmaker/.test(n))).toBe(false);
  });

  it('takes no capitalised common plural at a sentence start for an actor', () => {
    const { names } = actors('Witnesses described a stampede near the exit.\nBusinesses said they had lost a week of trade.');
    expect(names).toEqual([]);
  });

  it('finds an employer behind a descriptor noun ("an analyst at consultancy X")', () => {
    const { names } = actors('“Prices will keep rising,” said Lena Holt, an analyst at consultancy Brightwater Advisory.\nMarta Sorn, a researcher at think tank Ostvale, agreed.');
    expect(names).toContain('Brightwater Advisory');
    expect(names).toContain('Ostvale');
  });
});

describe('actors: national bodies', () => {
  it('names a coastguard after its country and links "the coastguard" to it', () => {
    const { names, mentions } = actors('Tunisia’s coastguard said it had rescued 40 people off Sfax.\nThe boat had left Zawiya in Libya, the coastguard said.');
    expect(names).toContain('Tunisian Coast Guard');
    expect(mentions('Tunisian Coast Guard')).toHaveLength(2);
  });

  it('reads "the Italian coast guard" and "the ministry" by the body named before', () => {
    const { names } = actors('The Italian coast guard said two boats had capsized.');
    expect(names).toContain('Italian Coast Guard');
  });

  it('links "the police" to the police force the article names', () => {
    const { names, mentions } = actors('Officers of the Tarvel Police Service closed the square.\nThe police said 12 people were arrested.');
    expect(names).toContain('Tarvel Police Service');
    expect(mentions('Tarvel Police Service')).toContain('police');
  });

  it('resolves "police said" to the national police of the story\'s country', () => {
    const { names } = actors('Floods swept through Nairobi on Sunday.\nPolice said 14 people had died.');
    expect(names).toContain('Kenya Police Service');
  });

  it('names a country\'s government "Government of X", with or without the country', () => {
    const a = actors('Kenya’s government said it would release emergency funds.');
    expect(a.names).toContain('Government of Kenya');
    const b = actors('Nigeria’s federal government expects a deficit of 4% this year.');
    expect(b.names).toContain('Government of Nigeria');
    const c = actors('Wildfires burned across Greece.\nThe government of Prime Minister Eleni Varga has promised compensation.');
    expect(c.names).toContain('Government of Greece');
  });

  it('reads a speaking capital as its country, and Brussels as the EU', () => {
    const { names } = actors('Nairobi said on Tuesday it would not extend the ban. Brussels said it would review the case.');
    expect(names).toContain('Kenya');
    expect(names).toContain('European Union');
  });

  it('names an interior ministry "Ministry of the Interior" and links "the interior ministry" to it', () => {
    const { names, mentions } = actors('France’s interior ministry said 3,000 police would be deployed.\nThe interior ministry did not give a figure for arrests.');
    expect(names).toContain('French Ministry of the Interior');
    expect(mentions('French Ministry of the Interior')).toHaveLength(2);
  });
});

describe('actors: definite descriptions', () => {
  it('links "the union" to the workers\' organisation named before', () => {
    const { mentions } = actors('The Allied Dockworkers Organisation said 3,000 members had walked out.\nThe union wants a 5% pay rise.');
    expect(mentions('Allied Dockworkers Organisation')).toContain('union');
  });

  it('links a description to the actor an apposition introduced ("X, the country\'s largest … union,")', () => {
    const { mentions } = actors('Velora, the country’s largest teachers’ union, said 80% of schools were shut.\nThe Brenna Education Authority said most schools were open.\nThe union said it would strike again.');
    expect(mentions('Velora')).toContain('union');
  });

  it('links "the charity" to the non-state organisation of the story, not a hotline described otherwise', () => {
    const { mentions } = actors('A rescue ship run by MedAid Nord reached the boat after an alert from SeaLine, a hotline for sailors in distress.\nThe charity said 20 people were missing.');
    expect(mentions('MedAid Nord')).toContain('charity');
  });
});

describe('actors: descriptions named later, short forms', () => {
  it('resolves a headline\'s bare "union says" to the union the story names', () => {
    const { mentions } = actors('Dockers strike as union says 4,000 join walkout\nThe Harbour Workers Federation said ports were shut.');
    expect(mentions('Harbour Workers Federation')).toContain('union');
  });

  it('resolves "a charity whose … said" to the charity named after it', () => {
    const { mentions } = actors('Police said 12 people died, while a charity whose volunteers were at the scene said 20 were missing.\nA statement from ReliefNet Sahel said its teams were still searching.');
    expect(mentions('ReliefNet Sahel')).toContain('charity');
  });

  it('describes a name by the noun before it ("the state weather agency X … the agency")', () => {
    const { byName, mentions } = actors('The state weather agency MetNord recorded 41C in the south.\nThe agency warned that storms could follow.');
    expect(byName('MetNord')?.kind).toBe('organisation');
    expect(mentions('MetNord')).toContain('agency');
  });

  it('reads a ministry type opening a clause ("…, health ministry data show")', () => {
    const { names } = actors('Cholera cases in Zambia rose to 900, health ministry data show.');
    expect(names).toContain('Zambian Ministry of Health');
  });

  it('joins a name repeated without its leading place ("Lusaka Rovers of Kabwata" / "Rovers of Kabwata")', () => {
    const { names } = actors('The final, between Lusaka Rovers of Kabwata and Ndola Stars, ended 2-1.\nFans of Rovers of Kabwata invaded the pitch, officials said.');
    expect(names).toContain('Lusaka Rovers of Kabwata');
    expect(names).not.toContain('Rovers of Kabwata');
  });
});

describe('actors: name shapes', () => {
  it('runs a possessive on into an organisation name a few words later ("People\'s Democratic Front")', () => {
    const { names } = actors('The People’s Democratic Front won 31 of the 57 seats, the electoral commission said.');
    expect(names).toContain('People\'s Democratic Front');
    expect(names).not.toContain('Democratic Front');
  });

  it('keeps a joined Arabic particle inside a name ("al-Rashid")', () => {
    const { names } = actors('General Omar Hassan al-Rashid said the city had been retaken.\n“We will not stop,” said Salim bin-Haddad, a militia commander.');
    expect(names).toContain('Omar Hassan al-Rashid');
  });

  it('reads a name followed by its own acronym as an organisation ("… Monitoring Network (FMN)")', () => {
    const { byName, mentions } = actors('The Famine Early Monitoring Network (FEMN) said 2 million people faced hunger.\nFEMN warned that aid was running out.');
    expect(byName('Famine Early Monitoring Network')?.kind).toBe('organisation');
    expect(mentions('Famine Early Monitoring Network')).toContain('FEMN');
  });

  it('takes neither a plural role nor an opening preposition for a name', () => {
    const { names } = actors('Analysts said the vote was close.\nAcross Zambia, 2 million people voted.');
    expect(names).toEqual([]);
  });

  it('keeps a country adjective that opens an employer\'s name in an apposition', () => {
    const { names } = actors('Mary Keane, an economist at the Irish Shoppers Council, said prices were still rising.');
    expect(names).toContain('Irish Shoppers Council');
  });

  it('reads "the Central Bank of <country>" as that country\'s central bank', () => {
    const { names } = actors('The Central Bank of Kenya cut its main rate to 9%.');
    expect(names).toContain('Central Bank of Kenya');
  });

  it('names a national Red Cross society apart from the international committee', () => {
    const { names } = actors('The Zambia Red Cross said 300 families had been moved.');
    expect(names).toContain('Zambia Red Cross');
  });

  it('reads "the army" as the armed forces of the story\'s country', () => {
    const { names } = actors('Fighting spread across Somalia on Monday.\nThe army said it had retaken two towns.');
    expect(names).toContain('Somali Armed Forces');
  });

  it('keeps "in <place>" in the name of a delegation or embassy, not of any body', () => {
    const { names } = actors('The Government Delegation in Lisbon put the crowd at 9,000.\nThe Tarvel Bank in London said nothing.');
    expect(names).toContain('Government Delegation in Lisbon');
    expect(names.some((n) => n.endsWith('in London'))).toBe(false);
  });

  it('takes neither storms nor streets for actors', () => {
    const { names, doc } = actors('Cyclone Amara destroyed 400 homes, officials said.\nProtesters marched down Calle Arenal to the ministry.');
    expect(names).toEqual([]);
    expect(doc.layers.places.map((p) => p.text)).toContain('Calle Arenal');
  });
});

describe('actors: parties by family and country', () => {
  it('reads "the Liberals" and "Conservative critic X" as the parties of the story\'s country', () => {
    const { names } = actors('Canada’s budget passed its first vote on Tuesday.\nThe Liberals hold 160 seats.\nConservative finance critic Ryan Pelt said his party would vote against it.');
    expect(names).toContain('Liberal Party of Canada');
    expect(names).toContain('Conservative Party of Canada');
    expect(names).not.toContain('Conservative Party');
  });

  it('reads "Republicans" in an American story and ignores a lower-case "conservative"', () => {
    const a = actors('The US Senate passed the bill late on Friday.\nRepublicans said the deal cut spending by $40 billion.');
    expect(a.names).toContain('Republican Party');
    const b = actors('Officials in Kenya gave a conservative estimate of 300 deaths.');
    expect(b.names.some((n) => /Party/.test(n))).toBe(false);
  });

  it('keeps a party whose name starts with a filler-like word ("New Democratic Party")', () => {
    const { names } = actors('Budget talks resumed in Canada.\nThe New Democratic Party, which has seven seats, said it was studying the plan.');
    expect(names).toContain('New Democratic Party');
  });
});

describe('actors: the article\'s own writers', () => {
  it('does not count the byline author as an actor', () => {
    const { names } = actors('By Jane Fenwick\nThe Dunmore Water Authority said 200 homes were flooded.\nJane Fenwick covers local government for the Courier.', { byline: 'Jane Fenwick' });
    expect(names).toContain('Dunmore Water Authority');
    expect(names).not.toContain('Jane Fenwick');
  });

  it('keeps a writer who is quoted in the story', () => {
    const { names } = actors('The vote was delayed.\n“We were told nothing,” said Jane Fenwick, a local councillor.', { byline: 'Jane Fenwick' });
    expect(names).toContain('Jane Fenwick');
  });
});

describe('actors: a named general staff outranks the country of a nearby adjective', () => {
  it('reads "the General Staff" as the one the article names in full, even after "Russian losses"', () => {
    const { names } = actors(
      'Russian losses pass 1.5 million troops, General Staff says\nKYIV — Russia has lost 1,000 troops in a day, the General Staff of the Armed Forces of Ukraine said. The General Staff said 176 clashes took place.',
    );
    expect(names).toContain('General Staff of the Armed Forces of Ukraine');
    expect(names).not.toContain('General Staff of the Armed Forces of the Russian Federation');
  });
});

describe('actors: a ministry named without its country', () => {
  it('takes the adjective of the story\'s main country, as templates name ministries', () => {
    const text = 'ATHENS — Greece recorded 4,318 arrivals in January. Greek officials said 600 would move.\nThe Ministry of Migration and Asylum said 3,960 people lived in the camp. Greece wants more help.';
    expect(actors(text).names).toContain('Greek Ministry of Migration and Asylum');
  });

  it('leaves the name alone when no country dominates, or when it names its country', () => {
    expect(actors('Turkey and Greece met. The Ministry of Migration and Asylum said 40 boats arrived.').names).toContain('Ministry of Migration and Asylum');
    expect(actors('Ukraine said 40 died. The Ministry of Defence of Ukraine said 12 drones fell. Ukraine asked for help.').names.some((n) => /^Ukrainian Ministry of Defence of/.test(n))).toBe(false);
  });
});
