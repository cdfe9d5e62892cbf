/** Certificates of completion: who completed a course, and the PDF that says so. */
export { certificatePdf, sessionCertificatesPdf, type CertificateInput } from './certificate-pdf';
export { certificateId } from './certificate-id';
export {
  courseCompletion,
  type CompletionAttempt,
  type CompletionRule,
  type CourseCompletion,
  type CourseModuleInfo,
} from './course-completion';
export { toWinAnsi } from './winansi-text';
