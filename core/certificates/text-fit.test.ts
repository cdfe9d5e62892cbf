import { PDFDocument, StandardFonts, type PDFFont } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitText, wrap } from './text-fit';

let font: PDFFont;
beforeAll(async () => {
  font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
});

/** Helvetica at 10 pt: each "x" is 5 pt wide, "Ana Lima" about 42 pt. */
describe('wrap', () => {
  it.each([
    ['one short line', 'Ana Lima', 100, ['Ana Lima']],
    ['words onto lines', 'Ana Lima Bo Chen', 45, ['Ana Lima', 'Bo Chen']],
    ['a word wider than the line is broken', 'xxxxxxxxxxxx', 30, ['xxxxxx', 'xxxxxx']],
    ['empty text', '', 100, ['']],
  ])('%s', (_label, text, width, lines) => {
    expect(wrap(text, font, 10, width)).toEqual(lines);
  });
});

describe('fitText', () => {
  it.each([
    ['fits at the preferred size', 'Ana Lima', { size: 20, minSize: 10, maxWidth: 200, maxLines: 1 }, { lines: ['Ana Lima'], size: 20 }],
    ['shrinks before wrapping', 'Ana Lima', { size: 20, minSize: 10, maxWidth: 60, maxLines: 1 }, { lines: ['Ana Lima'], size: 14 }],
    [
      'wraps once the minimum size is not enough',
      'Ana Lima Bo Chen',
      { size: 12, minSize: 10, maxWidth: 45, maxLines: 2 },
      { lines: ['Ana Lima', 'Bo Chen'], size: 10 },
    ],
    [
      'cuts with an ellipsis when all else fails',
      'Ana Lima Bo Chen',
      { size: 10, minSize: 10, maxWidth: 45, maxLines: 1 },
      { lines: ['Ana Li…'], size: 10 },
    ],
  ])('%s', (_label, text, options, expected) => {
    const fitted = fitText(text, font, options);
    expect(fitted).toEqual(expected);
    for (const line of fitted.lines) expect(font.widthOfTextAtSize(line, fitted.size)).toBeLessThanOrEqual(options.maxWidth);
  });
});
