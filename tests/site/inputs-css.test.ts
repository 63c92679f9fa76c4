import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

describe('src/components/inputs.css', () => {
  it('is Framework’s Inputs stylesheet with the installed Inputs namespace', () => {
    const ns = /inputs-[0-9a-f]{6}/.exec(read('node_modules/@observablehq/inputs/dist/index.css'))?.[0];
    expect(ns).toBeDefined();
    const expected = read('node_modules/@observablehq/framework/dist/client/stdlib/inputs.css').replaceAll('__ns__', ns as string);
    const copy = read('src/components/inputs.css').replace(/^\/\*[\s\S]*?\*\/\n/, '');
    expect(copy).toBe(expected);
  });
});
