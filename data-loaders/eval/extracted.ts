/**
 * What the pipeline extracted from one article, in the shape the scorers
 * compare with gold. Built from a corpus run (`fromCorpusResult`); tests build
 * it by hand. Names carry every form that identifies the same actor (canonical
 * name, surface forms in the article), so "Defence Ministry" and "Russian
 * Ministry of Defence" agree when the pipeline linked both to one actor.
 */
import type { CorpusResult } from '../pipeline/result.ts';

export interface ExtractedClaim {
  sentence: string;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string;
  /** The claimant as printed in the claims table (null: the outlet's own voice). */
  claimant: string | null;
  /** Other names of the claimant's actor (canonical name, aliases in this article). */
  claimantNames: string[];
  cited_source: string | null;
  as_of: string | null;
}

export interface ExtractedQuote {
  text: string;
  speaker: string | null;
  speakerNames: string[];
}

export interface ExtractedActor {
  name: string;
  /** Surface forms of the actor in this article (no pronouns). */
  aliases: string[];
}

export interface ExtractedEvent {
  text: string;
  date: string | null;
  place: string | null;
  /** One list of names per actor involved. */
  actors: string[][];
}

export interface ExtractedArticle {
  file: string;
  key: string | null;
  claims: ExtractedClaim[];
  quotes: ExtractedQuote[];
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  /** Raw lines cleaning removed as furniture (repeats counted). */
  boilerplate_lines: string[];
  /** Raw lines cleaning marked as captions or photo credits (repeats counted). */
  caption_lines: string[];
}

const uniq = (xs: Array<string | null | undefined>): string[] => [...new Set(xs.filter((x): x is string => !!x && x.trim() !== ''))];

export function fromCorpusResult(result: CorpusResult): ExtractedArticle[] {
  const canonical = new Map(result.actors.map((a) => [a.key, a.name]));
  return result.extractions.map(({ article, sentences, actors, layers }) => {
    const aliases = new Map<string, string[]>();
    for (const m of layers.mentions) {
      if (m.how === 'pronoun') continue;
      const list = aliases.get(m.actorKey) ?? [];
      list.push(m.text);
      aliases.set(m.actorKey, list);
    }
    const local = new Map(actors.map((a) => [a.key, a.name]));
    const namesOf = (key: string | null): string[] => (key ? uniq([canonical.get(key), local.get(key), ...(aliases.get(key) ?? [])]) : []);
    const sentenceText = new Map(sentences.map((s) => [s.index, s.text]));

    const lineRole = roleOfLines(article.lines);
    return {
      file: article.file,
      key: article.key,
      claims: layers.claims.map((c) => ({
        sentence: sentenceText.get(c.sentence) ?? '',
        text: c.text,
        value: c.value,
        low: c.low,
        high: c.high,
        unit: c.unit,
        qualifier: c.qualifier,
        claimant: c.claimant,
        // the claimant as written counts too ("officials" for "Ghanaian officials")
        claimantNames: uniq([c.claimant, c.claimantText ?? null, ...namesOf(c.claimantKey)]),
        cited_source: c.citedSource,
        as_of: c.asOf,
      })),
      quotes: layers.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerNames: uniq([q.speaker, ...namesOf(q.actorKey)]) })),
      actors: actors.filter((a) => a.kind !== 'place').map((a) => ({ name: canonical.get(a.key) ?? a.name, aliases: namesOf(a.key) })),
      events: layers.events.map((e) => ({ text: e.text, date: e.date, place: e.place, actors: e.actorKeys.map(namesOf).filter((n) => n.length) })),
      boilerplate_lines: lineRole.filter((r) => r.role === 'boilerplate').map((r) => r.text),
      caption_lines: lineRole.filter((r) => r.role === 'caption').map((r) => r.text),
    };
  });
}

/**
 * Each non-blank raw line's role: `removed` lines are boilerplate, `caption`
 * lines captions; a `duplicate` line takes the role of the first line with the
 * same text (a repeated caption is a caption, a repeated story line is story).
 */
function roleOfLines(lines: CorpusResult['extractions'][number]['article']['lines']): Array<{ text: string; role: 'boilerplate' | 'caption' | 'story' }> {
  const first = new Map<string, 'boilerplate' | 'caption' | 'story'>();
  const out: Array<{ text: string; role: 'boilerplate' | 'caption' | 'story' }> = [];
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    const key = l.text.replace(/\s+/g, ' ').trim();
    let role: 'boilerplate' | 'caption' | 'story';
    if (l.kind === 'duplicate') role = first.get(key) ?? 'story';
    else role = l.kind === 'removed' ? 'boilerplate' : l.kind === 'caption' ? 'caption' : 'story';
    if (!first.has(key)) first.set(key, role);
    out.push({ text: l.text, role });
  }
  return out;
}
