/**
 * Bytes to text, refusing what is not text: empty files, binary data (NUL
 * bytes), invalid UTF-8. A UTF-8 byte-order mark is dropped; UTF-16 is
 * decoded when it has a BOM, or when its zero bytes clearly show UTF-16
 * without one. Web pages that are not valid UTF-8 but declare another charset
 * (`<meta charset=…>`) are decoded with it.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decode(bytes: Uint8Array, file = ''): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let result: Decoded;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) result = utf16(bytes.subarray(2), 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) result = utf16(bytes.subarray(2), 'utf-16be');
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (body.includes(0)) {
      const bomless = utf16WithoutBom(body);
      result = bomless ? utf16(body, bomless) : { ok: false, reason: 'binary file (contains NUL bytes), not text' };
    } else {
      try {
        result = { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
      } catch {
        // not UTF-8: a web page may declare its legacy charset
        const declared = /\.x?html?$/i.test(file) ? declaredCharset(body) : null;
        result = declared
          ? { ok: true, text: new TextDecoder(declared).decode(body), encoding: declared }
          : { ok: false, reason: 'not valid UTF-8 (re-save the file as UTF-8)' };
      }
    }
  }
  if (result.ok && result.text.trim() === '') return { ok: false, reason: 'file holds only white space' };
  if (result.ok && controlShare(result.text) > 0.05) {
    return { ok: false, reason: 'binary file (many control characters), not text' };
  }
  return result;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: `not valid ${encoding.toUpperCase()}` };
  }
}

/** UTF-16 without BOM: in ASCII-heavy text every other byte is zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** A non-UTF-8 charset declared in the first 2 KB of a web page, if the runtime knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  if (!m) return null;
  const cs = m[1].toLowerCase();
  if (cs === 'utf-8' || cs === 'utf8') return null;
  try {
    new TextDecoder(cs);
    return cs;
  } catch {
    return null;
  }
}

function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  const controls = (sample.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g) ?? []).length;
  return controls / Math.max(1, sample.length);
}
