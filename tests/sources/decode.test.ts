import { describe, expect, it } from 'vitest';
import { decode } from '../../data-loaders/sources/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

describe('decode', () => {
  it('decodes UTF-8 and drops its byte-order mark', () => {
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Café news')]))).toEqual({ ok: true, text: 'Café news', encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a BOM, both byte orders', () => {
    const le = decode(utf16('Storm warning – “high winds”', 'le', true));
    const be = decode(utf16('Storm warning – “high winds”', 'be', true));
    expect(le).toMatchObject({ ok: true, text: 'Storm warning – “high winds”', encoding: 'utf-16le' });
    expect(be).toMatchObject({ ok: true, text: 'Storm warning – “high winds”', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM from its zero bytes', () => {
    expect(decode(utf16('The harbour was closed on Monday.', 'le', false))).toMatchObject({ ok: true, text: 'The harbour was closed on Monday.' });
  });

  it('refuses empty, white-space-only, binary and invalid UTF-8 input with a reason', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decode(utf8('  \n\t\n'))).toMatchObject({ ok: false, reason: expect.stringMatching(/white space/) });
    expect(decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/binary/),
    });
    expect(decode(Uint8Array.from([0x4e, 0x65, 0x77, 0x73, 0xe9, 0x20, 0x61]))).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-8/) });
  });

  it('decodes a web page in its declared legacy charset when it is not UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('<html><head><meta charset="windows-1252"></head><body><p>Caf'), 0xe9, ...utf8(' reopens</p></body></html>')]);
    const d = decode(bytes, 'page.html');
    expect(d).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(d.ok && d.text.includes('Café reopens')).toBe(true);
    // the same bytes in a .txt file are refused: no declaration to trust
    expect(decode(bytes, 'page.txt').ok).toBe(false);
  });
});
