import type { PDFFont } from '@cantoo/pdf-lib';

/**
 * Fits text into a width on a certificate: shrinks the font down to a minimum, wraps onto up to
 * `maxLines` lines, and only then cuts the end with an ellipsis. Names and course titles come
 * from people and can be any length; a certificate must still come out whole.
 */

export interface FitOptions {
  size: number;
  minSize: number;
  maxWidth: number;
  maxLines: number;
}

export interface FittedText {
  lines: string[];
  size: number;
}

const ELLIPSIS = '…';

export function fitText(text: string, font: PDFFont, options: FitOptions): FittedText {
  for (let size = options.size; size >= options.minSize; size--) {
    const lines = wrap(text, font, size, options.maxWidth);
    if (lines.length <= options.maxLines) return { lines, size };
  }
  const size = options.minSize;
  const lines = wrap(text, font, size, options.maxWidth);
  const kept = lines.slice(0, options.maxLines);
  const last = kept.length - 1;
  kept[last] = truncate(`${kept[last] ?? ''}${ELLIPSIS}`, font, size, options.maxWidth);
  return { lines: kept, size };
}

/** Greedy word wrap; a word wider than the line is broken between characters. */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      const head = longestFittingPrefix(line, fits);
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Cuts before the ellipsis until the line fits. */
function truncate(line: string, font: PDFFont, size: number, maxWidth: number): string {
  let body = line.slice(0, -ELLIPSIS.length).trimEnd();
  while (body.length > 0 && font.widthOfTextAtSize(`${body}${ELLIPSIS}`, size) > maxWidth) body = body.slice(0, -1).trimEnd();
  return `${body}${ELLIPSIS}`;
}

function longestFittingPrefix(text: string, fits: (line: string) => boolean): string {
  let end = 1;
  while (end < text.length && fits(text.slice(0, end + 1))) end++;
  return text.slice(0, end);
}
