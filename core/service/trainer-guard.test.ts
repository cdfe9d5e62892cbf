import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethodNames, isTrainerMethod } from '../api/methods';
import { openCourseStudio, type CourseStudioHost } from './course-studio';

let root: string;
let host: CourseStudioHost;
let trainerToken: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'course-studio-guard-'));
  host = await openCourseStudio({ dataDir: join(root, 'data'), bundledCoursesDir: 'courses', shell: 'browser', logError: () => {} });
  trainerToken = (await host.api.setInitialPasscode({ passcode: 'classroom-42' })).trainerToken;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const trainerMethods = apiMethodNames.filter(isTrainerMethod);

describe('the trainer lock at the API boundary', () => {
  it('covers the Author, Records, sessions and settings methods', () => {
    expect(trainerMethods).toEqual(
      expect.arrayContaining(['saveModule', 'deleteCourse', 'queryRecords', 'startRecordsExport', 'endSession', 'saveSettings']),
    );
    expect(trainerMethods).not.toContain('openModule');
  });

  it.each(trainerMethods)('%s refuses a caller without the trainer token', async (method) => {
    for (const input of [{}, { trainerToken: '' }, { trainerToken: 'forged-token' }, { trainerToken: 42 }]) {
      const result = await host.dispatch(method, input);
      expect(result, JSON.stringify(input)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This needs the trainer passcode.' },
      });
    }
  });

  it('lets an unlocked trainer through, and locks again on request', async () => {
    await expect(host.dispatch('listLibrary', { trainerToken })).resolves.toMatchObject({ ok: true });
    await expect(host.dispatch('lockTrainer', { trainerToken })).resolves.toMatchObject({ ok: true });
    await expect(host.dispatch('listLibrary', { trainerToken })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps learner methods open', async () => {
    await expect(host.dispatch('listCourses', {})).resolves.toMatchObject({ ok: true });
    await expect(host.dispatch('getTrainerStatus', {})).resolves.toEqual({ ok: true, value: { passcodeSet: true, lockedUntil: null } });
  });
});
