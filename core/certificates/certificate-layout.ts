import { rgb, type PDFDocument, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { fitText, type FitOptions } from './text-fit';

/**
 * Draws one certificate on a new A4 landscape page. Everything is centred on the page; the
 * heights below are PDF points from the bottom edge. Text arrives already WinAnsi-safe.
 */

/** A4 landscape, in points. */
export const PAGE_SIZE: [number, number] = [841.89, 595.28];

export interface CertificateFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface CertificateText {
  learnerName: string;
  courseTitle: string;
  /** "Completed on 14 March 2025 with a score of 87%" */
  completionLine: string;
  trainerName: string;
  organisation: string;
  /** "Certificate ID 3F2A-91BC-0D4E-77A1" */
  idLine: string;
}

const INK = rgb(0.11, 0.2, 0.33);
const MUTED = rgb(0.38, 0.42, 0.48);
const ACCENT = rgb(0.7, 0.56, 0.24);
const TEXT_WIDTH = 640;

export function drawCertificate(doc: PDFDocument, fonts: CertificateFonts, text: CertificateText): PDFPage {
  const page = doc.addPage(PAGE_SIZE);
  const [width, height] = PAGE_SIZE;
  const centred = (line: string, y: number, font: PDFFont, size: number, color = INK) =>
    page.drawText(line, { x: (width - font.widthOfTextAtSize(line, size)) / 2, y, font, size, color });
  const block = (value: string, top: number, font: PDFFont, fit: Omit<FitOptions, 'maxWidth'>, gap = 1.2) => {
    const { lines, size } = fitText(value, font, { ...fit, maxWidth: TEXT_WIDTH });
    lines.forEach((line, at) => centred(line, top - at * size * gap, font, size));
    return top - (lines.length - 1) * size * gap;
  };

  page.drawRectangle({ x: 22, y: 22, width: width - 44, height: height - 44, borderColor: INK, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: ACCENT, borderWidth: 0.75 });

  centred('Certificate of Completion', 472, fonts.bold, 34);
  page.drawLine({ start: { x: width / 2 - 70, y: 456 }, end: { x: width / 2 + 70, y: 456 }, thickness: 1.5, color: ACCENT });
  centred('This certifies that', 414, fonts.regular, 14, MUTED);
  block(text.learnerName, 362, fonts.bold, { size: 40, minSize: 16, maxLines: 1 });
  centred('has completed the course', 322, fonts.regular, 14, MUTED);
  // A two-line course title takes the space above the completion line, which stays put.
  const titleBottom = block(text.courseTitle, 288, fonts.bold, { size: 24, minSize: 16, maxLines: 2 });
  centred(text.completionLine, Math.min(238, titleBottom - 34), fonts.regular, 14);

  const signatureY = 132;
  page.drawLine({
    start: { x: width / 2 - 140, y: signatureY },
    end: { x: width / 2 + 140, y: signatureY },
    thickness: 0.75,
    color: MUTED,
  });
  const trainer = [text.trainerName, text.organisation].filter((line) => line !== '');
  trainer.forEach((line, at) => {
    const fitted = fitText(line, at === 0 ? fonts.bold : fonts.regular, {
      size: at === 0 ? 13 : 11,
      minSize: 8,
      maxWidth: 300,
      maxLines: 1,
    });
    centred(fitted.lines[0] ?? '', signatureY - 18 - at * 16, at === 0 ? fonts.bold : fonts.regular, fitted.size, at === 0 ? INK : MUTED);
  });
  centred(text.idLine, 46, fonts.regular, 8, MUTED);
  return page;
}
