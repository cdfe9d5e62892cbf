import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import * as z from 'zod';
import { ApiError, describeValidationError } from '../errors';
import { certificateId } from './certificate-id';
import { drawCertificate, type CertificateFonts, type CertificateText } from './certificate-layout';
import { toWinAnsi } from './winansi-text';

/**
 * Certificates of completion as PDF bytes, one learner per page. The caller decides who
 * completed (see course-completion.ts) and passes the trainer's name and organisation from the
 * app's settings; this module only lays them out.
 */

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const line = (max: number) => z.string().trim().max(max);

export const certificateInputSchema = z.strictObject({
  learnerId: z.string().min(1).max(200),
  learnerName: line(200).pipe(z.string().min(1, 'the learner needs a name')),
  courseId: z.string().min(1).max(200),
  courseTitle: line(300).pipe(z.string().min(1, 'the course needs a title')),
  /** When the course was completed (ISO timestamp), from courseCompletion. */
  completedAt: z.iso.datetime({ offset: true }),
  /** Whole percent; null for a course without graded modules (the score is then left out). */
  scorePercent: z.number().min(0).max(100).nullable(),
  /** May be empty: the signature line is then left blank to sign by hand. */
  trainerName: line(200),
  organisation: line(200),
  /** For the date; defaults to British English ("14 March 2025"). */
  locale: z.string().min(2).max(35).optional(),
  /** IANA zone the completion date is shown in; defaults to the machine's. */
  timeZone: z.string().refine(isTimeZone, 'is not a time zone').optional(),
});

export type CertificateInput = z.input<typeof certificateInputSchema>;

export async function certificatePdf(input: CertificateInput): Promise<Uint8Array> {
  return render([input], 'Certificate of Completion');
}

/** One PDF for a whole session, one page per learner who completed; refuses an empty list. */
export async function sessionCertificatesPdf(inputs: readonly CertificateInput[]): Promise<Uint8Array> {
  if (inputs.length === 0)
    throw new ApiError(
      'invalid-argument',
      'No learner in this session has completed the course yet, so there are no certificates to make.',
    );
  return render(inputs, 'Certificates of Completion');
}

async function render(inputs: readonly CertificateInput[], title: string): Promise<Uint8Array> {
  const parsed = inputs.map((input, at) => parse(input, inputs.length > 1 ? at + 1 : null));
  const doc = await PDFDocument.create();
  const fonts: CertificateFonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  for (const input of parsed) drawCertificate(doc, fonts, certificateText(input));
  const first = parsed[0];
  // Metadata is stored as UTF-16, so it keeps the names exactly as typed.
  doc.setTitle(parsed.length === 1 && first ? `${title}: ${first.learnerName}, ${first.courseTitle}` : title);
  if (first) doc.setSubject(first.courseTitle);
  if (first?.organisation) doc.setAuthor(first.organisation);
  doc.setCreator('Course Studio');
  return doc.save();
}

type ParsedInput = z.output<typeof certificateInputSchema>;

function parse(input: unknown, position: number | null): ParsedInput {
  const parsed = certificateInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const which = position === null ? 'the certificate' : `certificate ${position}`;
  throw new ApiError('invalid-argument', `Cannot make ${which}: ${describeValidationError(parsed.error)}.`);
}

function certificateText(input: ParsedInput): CertificateText {
  const date = new Intl.DateTimeFormat(input.locale ?? 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(input.timeZone && { timeZone: input.timeZone }),
  }).format(new Date(input.completedAt));
  const score = input.scorePercent === null ? '' : ` with a score of ${Math.round(input.scorePercent)}%`;
  return {
    learnerName: toWinAnsi(input.learnerName),
    courseTitle: toWinAnsi(input.courseTitle),
    completionLine: toWinAnsi(`Completed on ${date}${score}`),
    trainerName: toWinAnsi(input.trainerName),
    organisation: toWinAnsi(input.organisation),
    idLine: `Certificate ID ${certificateId(input.learnerId, input.courseId, input.completedAt)}`,
  };
}
