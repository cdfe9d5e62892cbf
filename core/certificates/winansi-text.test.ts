import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { canEncode, toWinAnsi } from './winansi-text';

describe('toWinAnsi', () => {
  it.each([
    ['plain ASCII', 'Ana Lima', 'Ana Lima'],
    ['Latin-1 accents stay', 'Zoë Ñúñez', 'Zoë Ñúñez'],
    ['é typed as e + accent', 'Rene\u0301e', 'Renée'],
    ['Windows-1252 extras stay', 'Œuvre “Šárka” – 5 €', 'Œuvre “Šárka” – 5 €'],
    ['Polish Ł is spelled L', 'Łukasz Żółć', 'Lukasz Zólc'],
    ['Hungarian ő loses its accent', 'Erdős Pál', 'Erdos Pál'],
    ['Romanian ș and ț', 'Ștefan Țurcanu', 'Stefan Turcanu'],
    ['Turkish dotless ı', 'Işık', 'Isik'],
    ['two accents keep the WinAnsi one', 'ǘ', 'ü'],
    ['CJK becomes ?', '山田 太郎', '?? ??'],
    ['Cyrillic becomes ?', 'Иван', '????'],
    ['emoji become ?', 'Sam 🎉', 'Sam ?'],
    ['odd spaces become one space', 'Ana\u2003\u00a0\tLima\n', 'Ana Lima'],
    ['invisible characters go', 'Ana\u200bLima', 'AnaLima'],
  ])('%s: %j → %j', (_label, text, expected) => {
    expect(toWinAnsi(text)).toBe(expected);
  });

  it('agrees with what pdf-lib’s Helvetica can encode', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const helvetica = new Set(font.getCharacterSet());
    for (let code = 0x20; code <= 0x2122; code++) {
      const char = String.fromCodePoint(code);
      if (canEncode(char)) expect(helvetica.has(code), `U+${code.toString(16)}`).toBe(true);
    }
    expect(() => font.encodeText(toWinAnsi('Łukasz 山田 Zoë Ñúñez 🎉 Ștefan'))).not.toThrow();
  });
});
