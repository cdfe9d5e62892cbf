import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a page, in PDF points from the bottom-left corner. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The text runs of each page of a PDF as a reader extracts them, with pdf.js (the engine of
 * Firefox's viewer) rather than the library that wrote the file.
 */
export async function pdfRuns(bytes: Uint8Array): Promise<TextRun[][]> {
  // pdf.js takes ownership of the buffer it is given; a copy leaves the caller's bytes intact.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: TextRun[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item && item.str !== ''
            ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height }]
            : [],
        ),
      );
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Each page's text, one run per line. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  return (await pdfRuns(bytes)).map((runs) => runs.map((run) => run.str).join('\n'));
}
