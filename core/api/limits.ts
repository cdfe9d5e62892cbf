import { ERROR_MESSAGE_BYTES } from '../errors';
import { isApiMethod, type ApiMethod } from './methods';

/**
 * Every size limit of the API in one place: the schemas (inputs/), the HTTP host, the IPC handler
 * and the docs all state these figures, so they cannot drift apart again. The docs repeat the ones a
 * trainer meets (image, pack and title sizes in docs/authoring.md, module size in
 * docs/course-format.md, learner names in docs/progress-data.md, records files in docs/records.md);
 * limits.test.ts checks that they do.
 */

const MB = 1024 * 1024;

export const limits = {
  /** Files sent to the app, in bytes ("10 MB" in the docs is 10 × 1024 × 1024 bytes). */
  files: {
    image: 10 * MB,
    pack: 50 * MB,
    recordsFile: 50 * MB,
  },
  /** Text, in characters (UTF-16 code units, as JavaScript counts them). */
  text: {
    /** One module file of a course: about 2 MB. */
    module: 2_000_000,
    /** A blog post to import; it becomes one module. */
    post: 2_000_000,
    learnerName: 100,
    staffId: 50,
    /** Course and module titles. */
    title: 200,
    /** Session name, facilitator and location. */
    sessionField: 100,
    /** Trainer name and organisation in the settings. */
    settingsField: 100,
    webAddress: 500,
    fileName: 255,
  },
  /** The shape of any argument: far beyond what a real call needs, far below what hurts to walk. */
  json: {
    /** The deepest real argument (a records query's filters) is 4 levels. */
    depth: 32,
    /** Object fields in the whole argument, counted across all its objects. */
    keys: 1_000,
    /** List items in the whole argument; real lists hold at most a few hundred ids. */
    items: 10_000,
  },
  /**
   * Any call that carries no file. A module of text is the largest; at up to 3 bytes per
   * character in UTF-8 (any character JavaScript counts as one) plus JSON escapes it fits here.
   */
  textBodyBytes: 8 * MB,
  /** Room around a file inside its request: the token, the file name, field names and JSON. */
  envelopeBytes: 64 * 1024,
  /** The longest error message an API call answers, in UTF-8 bytes. */
  errorMessageBytes: ERROR_MESSAGE_BYTES,
} as const;

type FileKind = keyof typeof limits.files;

/** The methods that carry a file as base64, and which kind of file. */
const uploads: Partial<Record<ApiMethod, { kind: FileKind; what: string }>> = {
  addImage: { kind: 'image', what: 'The image' },
  inspectPack: { kind: 'pack', what: 'The course pack' },
  importRecordsFile: { kind: 'recordsFile', what: 'The records file' },
};

/** Characters of base64 that encode `bytes` bytes (4 for every 3, padded). */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** `10 MB` for 10 × 1024 × 1024 bytes, the way the docs write it. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

export { formatCount } from '../errors';

export interface ArgumentSizeLimit {
  /** The largest argument, in bytes of JSON (UTF-8). */
  bytes: number;
  /** The sentence a caller gets when its argument is larger. */
  tooLarge: string;
}

/**
 * How large one call's argument may be: a file of the documented size as base64 plus its envelope
 * for the methods that carry a file, `textBodyBytes` for all others (and for names that are no method).
 */
export function argumentSizeLimit(method: string): ArgumentSizeLimit {
  const upload = isApiMethod(method) ? uploads[method] : undefined;
  if (!upload) {
    return {
      bytes: limits.textBodyBytes,
      tooLarge: `The request is larger than ${formatMegabytes(limits.textBodyBytes)}, the most Course Studio accepts for this action.`,
    };
  }
  const fileBytes = limits.files[upload.kind];
  return {
    bytes: base64Length(fileBytes) + limits.envelopeBytes,
    tooLarge: `${upload.what} is larger than ${formatMegabytes(fileBytes)}, the most Course Studio accepts; make it smaller and try again.`,
  };
}

// Control characters (C0, DEL, C1) and UTF-16 surrogates that are not part of a pair.
const notPlain = /[\p{Cc}]|\p{Cs}/u;

/**
 * Whether a name or title is plain text: no control characters (NUL, line breaks, tabs, escape…)
 * and no lone surrogates. Such characters are invisible or unprintable, break CSV cells, file
 * names and PDFs, and one learner could not be told from another by eye.
 */
export function isPlainText(text: string): boolean {
  return !notPlain.test(text);
}

/** Reads after the field name, like the other schema messages ("name: …"). */
export const notPlainTextMessage = 'contains a control character or a broken character; type it again';
