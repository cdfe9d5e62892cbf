import { describe, expect, it } from 'vitest';
import { parseRecordsFile, recordsFile } from './records-file';
import { attempt, learner, testUuid } from './testing/fixtures';

const ana = learner({ name: 'Ana Lima' });
const valid = recordsFile({ id: testUuid(), name: 'Front desk PC' }, '2025-03-02T10:00:00.000Z', [ana], [attempt({ learnerId: ana.id })]);
const withChange = (change: (file: Record<string, unknown>) => void) => {
  const file = structuredClone(valid) as unknown as Record<string, unknown>;
  change(file);
  return file;
};
const firstAttempt = (file: Record<string, unknown>) => (file.attempts as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('parseRecordsFile', () => {
  it('accepts a valid file', () => {
    expect(parseRecordsFile(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'hello', 'records.json is not a Course Studio records file'],
    ['another format', { format: 'scorm', version: 1 }, 'is not a Course Studio records file'],
    ['a newer version', { ...valid, version: 2 }, 'exported by a newer version of Course Studio (records file version 2)'],
    ['no machine', withChange((file) => delete file.machine), "'machine' is missing"],
    [
      'a bad machine id',
      withChange((file) => ((file.machine as Record<string, unknown>).id = '../../etc')),
      "'machine.id' is not a valid uuid",
    ],
    [
      'a bad attempt date',
      withChange((file) => (firstAttempt(file).startedAt = 'yesterday')),
      "attempt 1 (safety / fire), 'startedAt' is not a valid date and time",
    ],
    [
      'an unknown status',
      withChange((file) => (firstAttempt(file).status = 'done')),
      "attempt 1 (safety / fire), 'status' must be one of: in-progress, completed, passed, failed, superseded",
    ],
    ['an extra field', withChange((file) => (firstAttempt(file).grade = 'A')), 'attempt 1 (safety / fire) has unknown fields: grade'],
    [
      'a learner without a name',
      withChange((file) => delete (file.learners as Record<string, unknown>[])[0]?.name),
      "learner 1, 'name' is missing",
    ],
    [
      'an attempt of an unknown learner',
      withChange((file) => (firstAttempt(file).learnerId = testUuid())),
      "who is not in the file's learners",
    ],
    [
      'a repeated attempt',
      withChange((file) => (file.attempts as unknown[]).push(firstAttempt(file))),
      "attempt 2 (safety / fire), 'id' repeats attempt",
    ],
    ['attempts that are not a list', withChange((file) => (file.attempts = {})), "'attempts' must be a list"],
  ])('refuses %s, saying what is wrong', (_label, json, message) => {
    expect(() => parseRecordsFile(json, 'records.json')).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining(message) }),
    );
  });

  it('lists at most three problems', () => {
    const file = withChange((json) => (json.attempts = Array.from({ length: 5 }, () => ({}))));
    expect(() => parseRecordsFile(file, 'records.json')).toThrow(/nothing was imported: .*; .*; .* \(and \d+ more problems\)\.$/);
  });
});
