/**
 * The certificate uses the PDF standard fonts (Helvetica), which every viewer has and which need
 * no font file, but which can only show the WinAnsi (Windows-1252) characters; pdf-lib throws on
 * anything else. A learner's name must never stop a certificate from being made, so text is
 * brought into WinAnsi first: accents WinAnsi lacks are dropped (ő → o, ș → s), letters without a
 * decomposition are spelled the usual way (Ł → L), and whatever is left becomes '?'.
 */

/** Windows-1252's printable characters: Latin-1 plus the 27 it adds in 0x80–0x9F. */
const WIN_ANSI = new Set<number>([
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  ...[...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((char) => char.codePointAt(0) ?? 0),
]);

/** Letters that do not decompose into a WinAnsi letter plus accents. */
const SPELLED: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  ĸ: 'k',
  Ŋ: 'N',
  ŋ: 'n',
  ſ: 's',
  Ə: 'E',
  ə: 'e',
  Ɛ: 'E',
  ɛ: 'e',
  Ɔ: 'O',
  ɔ: 'o',
  Ƒ: 'F',
  ȷ: 'j',
  Ĳ: 'IJ',
  ĳ: 'ij',
  ŉ: "'n",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '⁄': '/',
  '−': '-',
  ˮ: '"',
};

const COMBINING_MARK = /\p{M}/u;
const SPACE = /[\s\u2000-\u200a\u202f\u205f\u3000]/u;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/u;

export function canEncode(char: string): boolean {
  const code = char.codePointAt(0);
  return code !== undefined && WIN_ANSI.has(code);
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    // Spaces first: a no-break space is WinAnsi too, but in a name it is only a space.
    if (SPACE.test(char)) out += ' ';
    else if (canEncode(char)) out += char;
    else if (INVISIBLE.test(char) || COMBINING_MARK.test(char)) continue;
    else out += SPELLED[char] ?? withoutAccents(char) ?? '?';
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * Drops accents from the outside in until the rest is a WinAnsi character, so ǘ (u with two
 * accents) keeps the one WinAnsi has and becomes ü, not u. null when no WinAnsi letter is left.
 */
function withoutAccents(char: string): string | null {
  const parts = [...char.normalize('NFD')];
  while (parts.length > 1) {
    parts.pop();
    const candidate = parts.join('').normalize('NFC');
    if ([...candidate].every(canEncode)) return candidate;
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, at) => from + at);
}
