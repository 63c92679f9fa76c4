import { describe, expect, it } from 'vitest';
import { actorKey, displayName, fold, translitKey } from '../../../data-loaders/extract/actors/canonical.ts';

describe('canonical names', () => {
  it('folds case, diacritics and curly apostrophes', () => {
    expect(fold('Micheál Ó Súilleabháin’s')).toBe("micheal o suilleabhain's");
    expect(actorKey("Korean People’s Army")).toBe("korean people's army");
  });

  it('gives transliteration variants one key', () => {
    expect(translitKey('Oleksandr Syrsky')).toBe(translitKey('Oleksandr Syrskyi'));
    expect(translitKey('Syrskii')).toBe(translitKey('Syrskiy'));
    expect(translitKey('Volodymyr Zelensky')).toBe(translitKey('Volodymyr Zelenskyy'));
    expect(translitKey('Sergey Ivanov')).toBe(translitKey('Sergei Ivanov'));
    expect(translitKey('Dmitry')).toBe(translitKey('Dmitri'));
    expect(translitKey('Putin')).not.toBe(translitKey('Pution'));
  });

  it('title-cases names written in capitals but keeps short acronyms', () => {
    expect(displayName('VLADIMIR Putin', true)).toBe('Vladimir Putin');
    expect(displayName('NATO', false)).toBe('NATO');
  });
});
