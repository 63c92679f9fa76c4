/**
 * Bytes to text, refusing what is not text: empty files, binary data (NUL
 * bytes), invalid UTF-8. A UTF-8 byte-order mark is dropped; UTF-16 with a
 * BOM is decoded.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (text.trim() === '') return { ok: false, reason: 'file holds only white space' };
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (re-save the file as UTF-8)' };
  }
}
