/**
 * Regular English inflection for trigger words, so the vocabulary lists base
 * forms only: verbs get -s, -ed and -ing forms, nouns a plural. Only the first
 * word of a phrase is inflected ("hold talks" → "holds talks", "holding talks").
 * Irregular forms are listed in the vocabulary, not guessed here.
 */

const VOWEL = /[aeiou]/;

/** "stop" → "stopp": a short word ending consonant-vowel-consonant doubles its last letter. */
function doubled(w: string): string {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w) ? w + w[w.length - 1] : w;
}

export function sForm(w: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

export function edForm(w: string): string {
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  return `${doubled(w)}ed`;
}

export function ingForm(w: string): string {
  if (w.endsWith('ie')) return `${w.slice(0, -2)}ying`;
  if (w.endsWith('e') && !w.endsWith('ee') && VOWEL.test(w.slice(0, -1))) return `${w.slice(0, -1)}ing`;
  return `${doubled(w)}ing`;
}

/** Apply `f` to the first word of a phrase. */
function onFirst(phrase: string, f: (w: string) => string): string {
  const [first, ...rest] = phrase.split(' ');
  return [f(first), ...rest].join(' ');
}

export function verbForms(phrase: string): string[] {
  return [phrase, onFirst(phrase, sForm), onFirst(phrase, edForm), onFirst(phrase, ingForm)];
}

export function nounForms(phrase: string): string[] {
  // The plural goes on the last word ("phone call" → "phone calls").
  const words = phrase.split(' ');
  const last = words.length - 1;
  return [phrase, [...words.slice(0, last), sForm(words[last])].join(' ')];
}
