import { describe, expect, it } from 'vitest';
import { firstCharGuard, standsAlone } from '../../../data-loaders/sources/infer/wire.ts';

describe('firstCharGuard', () => {
  it('is a lookahead of the spellings’ first characters, once each', () => {
    expect(firstCharGuard(['AFP', 'AP', 'Reuters'])).toBe('(?=[AR])');
  });

  it('escapes characters special inside a class and keeps astral characters whole', () => {
    const guard = firstCharGuard(['-x', '^y', ']z', '\\w', '𝐀B']);
    const re = new RegExp(`${guard}.`, 'u');
    for (const s of ['-', '^', ']', '\\', '𝐀']) expect(re.test(s)).toBe(true);
    for (const s of ['x', 'B', '[']) expect(re.test(s)).toBe(false);
  });

  it('is empty when a spelling is empty or there is none', () => {
    expect(firstCharGuard(['AP', ''])).toBe('');
    expect(firstCharGuard([])).toBe('');
  });

  it('leaves the matches of a scan unchanged', () => {
    const alt = '(?<![\\p{L}\\p{N}_])(Agence France-Presse|Reuters|AFP|AP)(?![\\p{L}\\p{N}_]|-\\p{L})';
    const guard = firstCharGuard(['Agence France-Presse', 'Reuters', 'AFP', 'AP']);
    const text = 'KYIV (AFP) — APA and AP-style; Jo Doe/Reuters, AP Photo, Agence France-Presse said. CAP AP';
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    expect(all(new RegExp(guard + alt, 'gu'))).toEqual(all(new RegExp(alt, 'gu')));
  });
});

describe('standsAlone', () => {
  it('finds a spelling only as a whole word', () => {
    expect(standsAlone('PARIS (AP) —', 'PA')).toBe(false);
    expect(standsAlone('PARIS (AP) —', 'AP')).toBe(true);
    expect(standsAlone('APA and AP_x and AP-style', 'AP')).toBe(false);
    expect(standsAlone('APA and AP-3', 'AP')).toBe(true);
    expect(standsAlone('éAP', 'AP')).toBe(false);
  });

  it('looks past a first occurrence inside a word', () => {
    expect(standsAlone('PAPA PA', 'PA')).toBe(true);
    expect(standsAlone('no credit here', 'AP')).toBe(false);
  });
});
