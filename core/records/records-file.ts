import * as z from 'zod';
import { ApiError, describeValidationError, listKeys, type ZodIssue } from '../errors';
import { attemptRecordSchema, learnerProfileSchema, type AttemptRecord, type LearnerProfile } from '../progress/schema';

/**
 * The records file: how one machine's learners and attempts travel to another (a USB stick, a
 * shared folder, e-mail). Attempts are the full progress records, so nothing is lost on the way
 * and the importing machine can rebuild rows and xAPI exactly as the source would.
 */

export const RECORDS_FILE_FORMAT = 'course-studio-records';
export const RECORDS_FILE_VERSION = 1;

export const machineSchema = z.strictObject({
  /** A UUID, so it is safe as a file name on the importing machine. */
  id: z.uuid(),
  name: z.string().min(1).max(200),
});

export const recordsFileSchema = z
  .strictObject({
    format: z.literal(RECORDS_FILE_FORMAT),
    version: z.literal(RECORDS_FILE_VERSION),
    machine: machineSchema,
    exportedAt: z.iso.datetime({ offset: true }),
    learners: z.array(learnerProfileSchema),
    attempts: z.array(attemptRecordSchema),
  })
  .superRefine((file, context) => {
    const learnerIds = new Set(file.learners.map((learner) => learner.id));
    const attemptIds = new Set<string>();
    file.attempts.forEach((attempt, index) => {
      if (!learnerIds.has(attempt.learnerId)) {
        context.addIssue({
          code: 'custom',
          path: ['attempts', index, 'learnerId'],
          message: `belongs to learner ${attempt.learnerId}, who is not in the file's learners`,
        });
      }
      if (attemptIds.has(attempt.id))
        context.addIssue({ code: 'custom', path: ['attempts', index, 'id'], message: `repeats attempt ${attempt.id}` });
      attemptIds.add(attempt.id);
    });
  });

export type MachineIdentity = z.output<typeof machineSchema>;
export type RecordsFile = z.output<typeof recordsFileSchema>;

export function recordsFile(
  machine: MachineIdentity,
  exportedAt: string,
  learners: LearnerProfile[],
  attempts: AttemptRecord[],
): RecordsFile {
  return { format: RECORDS_FILE_FORMAT, version: RECORDS_FILE_VERSION, machine, exportedAt, learners, attempts };
}

/** Validates a parsed records file, or throws `invalid-argument` with a sentence a trainer can act on. */
export function parseRecordsFile(json: unknown, fileName = 'The file'): RecordsFile {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== RECORDS_FILE_FORMAT) {
    throw new ApiError(
      'invalid-argument',
      `${fileName} is not a Course Studio records file. Export one from the Records screen of the other machine.`,
    );
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > RECORDS_FILE_VERSION) {
    throw new ApiError(
      'invalid-argument',
      `${fileName} was exported by a newer version of Course Studio (records file version ${version}); update Course Studio to import it.`,
    );
  }
  const parsed = recordsFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  // A file that is wrong everywhere gets one sentence naming the first few problems, not a thousand.
  const problems = describeValidationError(parsed.error, { issue: (issue) => describeIssue(json, issue), rest: 'problems' });
  throw new ApiError('invalid-argument', `${fileName} is damaged or was changed by hand, so nothing was imported: ${problems}.`);
}

/** "attempt 3 (of learner Ana Lima), 'startedAt': must be …" rather than zod's `attempts[2].startedAt`. */
function describeIssue(json: unknown, issue: ZodIssue): string {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const [section, index, ...rest] = path;
  let where: string;
  if ((section === 'attempts' || section === 'learners') && typeof index === 'number') {
    where = `${section === 'attempts' ? 'attempt' : 'learner'} ${index + 1}${learnerHint(json, section, index)}`;
    if (rest.length > 0) where += `, '${rest.join('.')}'`;
  } else {
    where = path.length > 0 ? `'${path.join('.')}'` : 'the file';
  }
  return `${where} ${messageOf(issue, valueAt(json, path) === undefined)}`;
}

function messageOf(issue: ZodIssue, missing: boolean): string {
  if (issue.code === 'invalid_type')
    return missing ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  if (issue.code === 'unrecognized_keys') return `has unknown fields: ${listKeys(issue.keys, (key) => key)}`;
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_format') return `is not a valid ${issue.format === 'datetime' ? 'date and time' : issue.format}`;
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/** Names the learner when the damaged entry still says who it is, so the trainer can find it. */
function learnerHint(json: unknown, section: 'attempts' | 'learners', index: number): string {
  const entry = (json as Record<string, unknown>)[section];
  const item = Array.isArray(entry) ? (entry[index] as unknown) : undefined;
  if (typeof item !== 'object' || item === null) return '';
  const record = item as Record<string, unknown>;
  if (section === 'learners') return typeof record.name === 'string' ? ` (${record.name})` : '';
  const ids = [record.courseId, record.moduleId].filter((value): value is string => typeof value === 'string');
  return ids.length > 0 ? ` (${ids.join(' / ')})` : '';
}

/** zod issues do not carry the value they are about, so whether a field is missing is read from the file itself. */
function valueAt(json: unknown, path: readonly (string | number)[]): unknown {
  let node = json;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}
