// Bytes → string, refusing what is not text: empty files and binary files. UTF-16 files
// are recognised by their byte-order mark. A file that is not valid UTF-8 and holds no
// UTF-8 sequence at all is read as Windows-1252 (a superset of Latin-1 for printable
// text, and what old newsroom exports and Windows editors write); the reader says so.
// One that mixes UTF-8 sequences with stray bytes is refused: either reading would
// garble part of it.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: Encoding; notice?: string } | { ok: false; reason: string };

/** Share of control characters above which a decoded file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let encoding: Encoding = 'utf-8';
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
  let notice: string | undefined;
  if (encoding === 'utf-8') {
    if (body.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const offset = firstInvalidUtf8Offset(bytes);
      if (body !== bytes || holdsUtf8Sequence(bytes)) {
        return { ok: false, reason: `not valid UTF-8 (byte offset ${offset}), though it holds UTF-8 sequences` };
      }
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
      notice = `not valid UTF-8 (byte offset ${offset}): read as Windows-1252 (Latin-1)`;
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
    // C1 controls (0x80–0x9f) are what Windows-1252 leaves undefined: no text holds them.
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code < 0xa0)
    )
      controls += 1;
  }
  if (controls / text.length > MAX_CONTROL_SHARE)
    return { ok: false, reason: 'binary file (mostly control characters)' };
  return notice === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, notice };
}

/** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function holdsUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i] ?? 0;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const offset = firstInvalidUtf8Offset(bytes.subarray(i, i + (lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4)));
    if (offset === (lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4)) return true;
  }
  return false;
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

/**
 * Windows-1252 at 0x80–0x9f (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five
 * bytes it leaves undefined stay C1 controls. Written out because Node's TextDecoder
 * reads the "windows-1252" label as ISO-8859-1 in some versions, dropping curly quotes.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    codes[i] = byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}
