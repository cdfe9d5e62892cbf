/**
 * What the Author area receives, declared here as the wire contract (see contract.ts); the service
 * maps the course engine's results onto these. The renderer imports these as types only.
 */
import type { Answer, LearnerModule, QuizFeedback } from './playback-types';

/** A problem in course content, with where it is: what the editor underlines and the problems list shows. */
export interface Diagnostic {
  /** Stable machine code, e.g. `unknown-key`; see docs/course-format.md for the list. */
  code: string;
  /** Path relative to the course folder, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: 'error' | 'warning';
  /** A sentence a trainer can act on. */
  message: string;
  /** The wording of the tool underneath (e.g. the YAML parser), for whoever wants the original. */
  detail?: string;
}

/** A question's correct answer, as the author's "show answers" displays it: an answer, never a reflection. */
export type CorrectAnswer = Exclude<Answer, { type: 'reflection' }>;

/** A graded answer in the author's preview: the learner's feedback plus the correct answer. */
export interface PreviewGrade extends QuizFeedback {
  correctAnswer?: CorrectAnswer;
}

export interface LibraryEntry {
  id: string;
  title: string;
  moduleCount: number;
  errorCount: number;
  warningCount: number;
  /** 'bundled' ships with the app and is read-only: copy it to edit. 'linked' was opened from elsewhere on disk. */
  source: 'bundled' | 'workspace' | 'linked';
  editable: boolean;
  /** Where the course lives, for the trainer to see (never used by the UI to build paths). */
  location: string;
}

export interface OutlineModule {
  id: string;
  file: string;
  title: string;
  errorCount: number;
  warningCount: number;
}

export interface CourseOutline {
  courseId: string;
  title: string;
  editable: boolean;
  modules: OutlineModule[];
  /** Problems in course.yml and across modules (module-level ones also come with each preview). */
  diagnostics: Diagnostic[];
}

export interface ModuleText {
  text: string;
  /** Pass it back as `baseVersion` when saving, so a change made elsewhere is never overwritten silently. */
  version: string;
}

export type SaveModuleResult =
  { status: 'saved'; version: string } | { status: 'conflict'; message: string; diskText: string | null; diskVersion: string | null };

export interface ModulePreview {
  /** Exactly what a learner would get, with every pool question shown. */
  module: LearnerModule;
  /** The correct answer of each question, for the author's "show answers". */
  answerKey: Record<string, CorrectAnswer | null>;
  diagnostics: Diagnostic[];
}

export interface PackPreview {
  uploadId: string;
  title: string;
  courseId: string;
  modules: { file: string; title: string }[];
  assets: number;
  totalBytes: number;
  diagnostics: Diagnostic[];
}

export interface Download {
  /** Open or link to it; the browser or the desktop app offers to save it. */
  downloadUrl: string;
  fileName: string;
}

export interface PackDownload extends Download {
  /** Links in the course folder that were not followed and are not in the pack, each with why. */
  leftOut: string[];
}
