// Bytes → string, refusing what is not text: empty files, binary files,
// invalid UTF-8. UTF-16 files are recognised by their byte-order mark.

export type Decoded =
  { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; reason: string };

/** Share of control characters above which a decoded file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
  }

  let text: string;
  if (encoding === 'utf-8') {
    if (body.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const offset = firstInvalidUtf8Offset(bytes);
      return { ok: false, reason: `not valid UTF-8 (byte offset ${offset})` };
    }
  } else {
    if (body.length % 2 !== 0)
      return { ok: false, reason: `not valid ${encoding.toUpperCase()} (odd number of bytes)` };
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      return { ok: false, reason: `not valid ${encoding.toUpperCase()} (unpaired surrogate)` };
    }
    if (text.includes('\0')) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  }

  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f)
      controls += 1;
  }
  if (controls / text.length > MAX_CONTROL_SHARE)
    return { ok: false, reason: 'binary file (mostly control characters)' };
  return { ok: true, text, encoding };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (bytes.length if none). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    let needed: number;
    let min: number;
    let max = 0xbf;
    if (lead < 0x80) {
      i += 1;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      min = lead === 0xe0 ? 0xa0 : 0x80;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      min = lead === 0xf0 ? 0x90 : 0x80;
      if (lead === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= needed; k += 1) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (next < low || next > high) return i;
    }
    i += needed + 1;
  }
  return bytes.length;
}
