import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../storage/testing/temp-dir';
import { sessionsFilePath } from '../sessions/sessions-file';
import { openCourseStudio } from './course-studio';
import { startFailureMessage } from './start-failure';

const tempDir = useTempDirs();

async function open(dataDir: string) {
  return openCourseStudio({ dataDir, bundledCoursesDir: join(dataDir, 'no-bundled-courses'), shell: 'browser', logError: () => {} });
}

describe('repair notices for trainers', () => {
  it('show a damaged sessions file and a damaged list of learners, across restarts, until a trainer dismisses them', async () => {
    const dataDir = await tempDir();
    const first = await open(dataDir);
    const trainerToken = (await first.api.setInitialPasscode({ passcode: 'classroom-42' })).trainerToken;
    await first.api.addLearner({ name: 'Ana' });
    await first.api.createSession({
      trainerToken,
      name: 'Group A',
      date: '2025-03-14',
      facilitator: 'Rosa',
      courseId: 'safety',
      moduleIds: ['fire'],
    });
    await mkdir(join(dataDir, 'sessions'), { recursive: true });
    await writeFile(sessionsFilePath(dataDir), 'garbage');
    await writeFile(join(dataDir, 'learners', 'index.json'), '{"cut short');

    const second = await open(dataDir);
    const unlock = async (host: typeof second) => (await host.api.unlockTrainer({ passcode: 'classroom-42' })).trainerToken;
    const token = await unlock(second);
    const listed = await second.dispatch('listRepairNotices', { trainerToken: token });
    // Both stores open at once, so either notice may come first.
    expect(listed.ok && listed.value).toHaveLength(2);
    expect(listed).toEqual({
      ok: true,
      value: expect.arrayContaining([
        expect.objectContaining({
          area: 'sessions',
          message: expect.stringContaining('The list of classroom sessions was damaged'),
          movedTo: expect.stringContaining('sessions.corrupt-'),
        }),
        expect.objectContaining({
          area: 'learners',
          message: expect.stringContaining('The list of learners was damaged, so Course Studio rebuilt it from the 1 learners'),
        }),
      ]),
    });
    expect(await second.dispatch('listRepairNotices', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const third = await open(dataDir);
    const again = await third.api.listRepairNotices({ trainerToken: await unlock(third) });
    expect(again).toEqual(listed.ok ? listed.value : []);
    const sessionsNotice = again.find((notice) => notice.area === 'sessions');
    expect(await third.dispatch('dismissRepairNotice', { trainerToken: await unlock(third), noticeId: sessionsNotice?.id })).toEqual({
      ok: true,
      value: {},
    });

    const fourth = await open(dataDir);
    expect((await fourth.api.listRepairNotices({ trainerToken: await unlock(fourth) })).map((notice) => notice.area)).toEqual(['learners']);
  });
});

describe('a start-up failure', () => {
  it.each([
    [
      'a system error',
      Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR', path: '/data/learners/index.json' }),
      'A file in the data folder is not what it should be (a folder where a file belongs) (EISDIR: /data/learners/index.json).',
    ],
    [
      'no permission',
      Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: '/data/sessions' }),
      'Course Studio is not allowed to read or write a file in its data folder (EACCES: /data/sessions).',
    ],
    [
      'a file held open',
      Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY', path: '/data/learners/index.json' }),
      'Another program is holding the file open (EBUSY: /data/learners/index.json).',
    ],
    [
      'a missing file',
      Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/data/learners' }),
      'A file in the data folder could not be opened (ENOENT: /data/learners).',
    ],
    ['anything else', new Error('first line\n    at somewhere (file.js:1:1)'), 'first line'],
  ])('%s is told in words, with the data folder, and no stack trace', (_label, error, words) => {
    const message = startFailureMessage(error, '/data');
    expect(message).toBe(`Course Studio could not start. ${words}\nData folder: /data`);
    expect(message).not.toMatch(/\n\s+at /);
  });
});
