import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificateId } from './certificate-id';
import { certificatePdf, sessionCertificatesPdf, type CertificateInput } from './certificate-pdf';
import { PAGE_SIZE } from './certificate-layout';
import { pdfPages, pdfRuns } from './testing/pdf-text';

const ANA = '3f0c8a52-6a55-4c57-9b87-0a3d1d2f8e11';
const input: CertificateInput = {
  learnerId: ANA,
  learnerName: 'Zoë Ñúñez',
  courseId: 'safety',
  courseTitle: 'Workplace Safety Essentials',
  completedAt: '2025-03-14T10:30:00.000Z',
  scorePercent: 87,
  trainerName: 'Rosa Díaz',
  organisation: 'Harbour Café Group',
  timeZone: 'UTC',
};

describe('certificatePdf', () => {
  it('states the learner, course, date, score, trainer, organisation and id', async () => {
    const [page, ...more] = await pdfPages(await certificatePdf(input));
    expect(more).toEqual([]);
    for (const expected of [
      'Certificate of Completion',
      'Zoë Ñúñez',
      'Workplace Safety Essentials',
      'Completed on 14 March 2025 with a score of 87%',
      'Rosa Díaz',
      'Harbour Café Group',
      `Certificate ID ${certificateId(ANA, 'safety', input.completedAt)}`,
    ]) {
      expect(page).toContain(expected);
    }
  });

  it('is one A4 landscape page with a title for the file', async () => {
    const pdf = await PDFDocument.load(await certificatePdf(input));
    expect(pdf.getPages().map((page) => page.getSize())).toEqual([{ width: 841.89, height: 595.28 }]);
    expect(pdf.getTitle()).toBe('Certificate of Completion: Zoë Ñúñez, Workplace Safety Essentials');
    expect(pdf.getAuthor()).toBe('Harbour Café Group');
  });

  it.each([
    ['Polish', 'Łukasz Żółć', 'Lukasz Zólc'],
    ['Japanese', '山田 太郎', '?? ??'],
    ['Romanian', 'Ștefan Țurcanu', 'Stefan Turcanu'],
  ])('makes a certificate for a %s name, spelled as Helvetica can: %j → %j', async (_label, learnerName, shown) => {
    const [page] = await pdfPages(await certificatePdf({ ...input, learnerName, courseTitle: 'Sécurité — niveau 1 ✓' }));
    expect(page).toContain(shown);
    expect(page).toContain('Sécurité — niveau 1 ?');
  });

  it.each([
    ['no score for an ungraded course', { scorePercent: null }, 'Completed on 14 March 2025', 'score'],
    [
      'the date in the trainer’s time zone',
      { completedAt: '2025-03-14T23:30:00.000Z', timeZone: 'Asia/Tokyo' },
      'Completed on 15 March 2025',
      '14 March',
    ],
    ['the date in another language', { locale: 'fr-FR' }, 'Completed on 14 mars 2025', 'March'],
    ['no trainer name or organisation', { trainerName: '', organisation: '  ' }, 'Certificate ID', 'Rosa'],
  ])('shows %s', async (_label, change, shown, absent) => {
    const [page] = await pdfPages(await certificatePdf({ ...input, ...change }));
    expect(page).toContain(shown);
    expect(page).not.toContain(absent);
  });

  it('fits a very long name and course title on the page', async () => {
    const long = {
      learnerName: 'Maximiliane Alexandra Konstanze von Hohenberg-Wittelsbach-Sachsen-Coburg',
      courseTitle: 'Advanced '.repeat(30) + 'Safety',
    };
    const [page] = await pdfPages(await certificatePdf({ ...input, ...long }));
    expect(page).toContain('Maximiliane');
    expect(page).toContain('…');
  });

  it.each([
    ['short texts', {}],
    [
      'a long name and a two-line course title',
      {
        learnerName: 'Maximiliane Alexandra Konstanze von Hohenberg-Wittelsbach',
        courseTitle: 'Customer Service with Purpose: Handling Difficult Conversations at the Front Desk',
      },
    ],
    [
      'text that must be cut',
      { learnerName: 'Wolfeschlegelsteinhausenbergerdorff '.repeat(3), courseTitle: 'Advanced '.repeat(30), organisation: 'O'.repeat(200) },
    ],
  ])('keeps %s inside the border, each line clear of the others', async (_label, change) => {
    const [runs = []] = await pdfRuns(await certificatePdf({ ...input, ...change }));
    const [width, height] = PAGE_SIZE;
    const inner = { left: 32, bottom: 32, right: width - 32, top: height - 32 };
    for (const run of runs) {
      expect(run.x, run.str).toBeGreaterThan(inner.left);
      expect(run.x + run.width, run.str).toBeLessThan(inner.right);
      expect(run.y, run.str).toBeGreaterThan(inner.bottom);
      expect(run.y + run.height, run.str).toBeLessThan(inner.top);
    }
    const byHeight = [...runs].sort((a, b) => b.y - a.y);
    for (let at = 1; at < byHeight.length; at++) {
      const [above, below] = [byHeight[at - 1], byHeight[at]];
      if (above && below) expect(below.y + below.height, `${below.str} under ${above.str}`).toBeLessThanOrEqual(above.y);
    }
  });

  it.each([
    ['an empty name', { learnerName: '  ' }, 'the learner needs a name'],
    ['a score over 100', { scorePercent: 120 }, 'scorePercent'],
    ['a date that is not a timestamp', { completedAt: '14/03/2025' }, 'completedAt'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'is not a time zone'],
  ])('refuses %s', async (_label, change, message) => {
    await expect(certificatePdf({ ...input, ...change })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining(message),
    });
  });
});

describe('sessionCertificatesPdf', () => {
  it('puts each learner on a page of their own, in order', async () => {
    const names = ['Ana Lima', 'Bo Chen', 'Łukasz Nowak'];
    const pages = await pdfPages(
      await sessionCertificatesPdf(names.map((learnerName, at) => ({ ...input, learnerName, learnerId: `learner-${at}` }))),
    );
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => page.split('\n').find((line) => names.some((name) => line.includes(name.slice(1, 4)))))).toEqual([
      'Ana Lima',
      'Bo Chen',
      'Lukasz Nowak',
    ]);
    expect(new Set(pages.map((page) => page.match(/Certificate ID (\S+)/)?.[1])).size).toBe(3);
  });

  it.each([
    ['no learners', [], 'No learner in this session has completed the course yet'],
    ['a bad second entry', [input, { ...input, learnerName: '' }], 'Cannot make certificate 2:'],
  ])('refuses %s', async (_label, inputs, message) => {
    await expect(sessionCertificatesPdf(inputs)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining(message),
    });
  });
});
