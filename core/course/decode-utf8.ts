import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from './diagnostics';

/**
 * Course files must be UTF-8. A file saved in another encoding (Windows-1252 from an old editor,
 * UTF-16 from Notepad) used to be decoded anyway, every accented letter and curly quote turning
 * into `�` with no word of warning. Here it decodes the same way, so the trainer still sees the
 * module, but with an error that names the first bad byte's line and column and the fix.
 */
export interface DecodedFile {
  /** The text; when the bytes are not UTF-8, each bad sequence reads as `�`. */
  text: string;
  /** Set when the bytes are not UTF-8: an error at the first bad byte. */
  problem?: Diagnostic;
}

/**
 * Decodes `bytes` as UTF-8; `consequence` finishes the error's sentence with what the trainer
 * loses until the file is fixed (a module with an error is not played).
 */
export function decodeUtf8Strict(bytes: Buffer, file: string, consequence = 'until then the module cannot be played'): DecodedFile {
  const text = bytes.toString('utf8');
  // isUtf8 is a native check; the slow search below runs only for the rare broken file.
  if (isUtf8(bytes)) return { text };
  const offset = firstInvalidByte(bytes);
  const before = bytes.subarray(0, offset).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = countNewlines(before) + 1;
  const column = before.length - lineStart + 1;
  const byte = bytes[offset] ?? 0;
  return {
    text,
    problem: {
      code: 'not-utf8',
      file,
      line,
      column,
      severity: 'error',
      message: `${file} is not UTF-8 text (${guessEncoding(bytes, byte)}). Save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); ${consequence}`,
    },
  };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || !continuationFits(lead, k, next)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** The second byte of E0, ED, F0 and F4 sequences is narrower (no overlongs, surrogates or > U+10FFFF). */
function continuationFits(lead: number, index: number, byte: number): boolean {
  if (byte < 0x80 || byte > 0xbf) return false;
  if (index !== 1) return true;
  if (lead === 0xe0) return byte >= 0xa0;
  if (lead === 0xed) return byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90;
  if (lead === 0xf4) return byte <= 0x8f;
  return true;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** A likely encoding, named the way editors' "Save with encoding" menus name them. */
function guessEncoding(bytes: Uint8Array, bad: number): string {
  const start = bytes.subarray(0, 2);
  const utf16Bom = (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
  if (utf16Bom || bytes.subarray(0, 512).includes(0)) return 'it looks like UTF-16';
  return `it looks like Windows-1252, where byte ${hex(bad)} is ${JSON.stringify(windows1252(bad))}`;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (Node's TextDecoder treats the two as one,
// so it cannot be asked); the five bytes the code page leaves unassigned keep their Latin-1 value.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (CP1252_80_9F[byte - 0x80] ?? '?') : String.fromCharCode(byte);
}
