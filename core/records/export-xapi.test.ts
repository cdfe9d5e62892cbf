import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../storage/testing/temp-dir';
import type { AttemptRecord } from '../progress/schema';
import { buildRecordRows } from './build-rows';
import { exportXapi, type XapiExportOptions } from './export-xapi';
import { expectAbortedBeforeStartWritesNothing, expectCancelLeavesNoFile, expectProgressReported } from './testing/export-cases';
import { attempt, learner, local, titles } from './testing/fixtures';
import { learningLockerProblems, tinCanProblems } from './testing/xapi-validators';
import { registrationOf } from './xapi-ids';

const tempDir = useTempDirs();
const ana = learner({ name: 'Ana Lima', staffId: 'S-0042' });
const bo = learner({ name: 'Bo' });

interface Statement {
  id: string;
  actor: { name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { id: string; definition?: { type: string; name?: Record<string, string> } };
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    duration?: string;
  };
  context: { registration?: string; contextActivities: { parent?: { id: string }[]; grouping: { id: string }[] } };
  timestamp: string;
}

const passed = attempt({ learnerId: ana.id, sessionId: 'room-2-morning', durationMs: 3_723_000 });
const failed = attempt({ learnerId: bo.id, status: 'failed', result: { score: 1, maxScore: 5, percent: 20, passMark: 70 }, answers: {} });
const open = attempt({ learnerId: bo.id, moduleId: 'spill', status: 'in-progress', completedAt: null, result: null, answers: {} });
const completed = attempt({
  learnerId: ana.id,
  moduleId: 'intro',
  status: 'completed',
  result: { score: 0, maxScore: 0, percent: null, passMark: 0 },
  answers: {},
});
const attempts: AttemptRecord[] = [passed, failed, open, completed];
const rows = buildRecordRows(local(...attempts), [ana, bo], titles);

async function statements(options: XapiExportOptions = {}, from = attempts): Promise<Statement[]> {
  const destination = join(await tempDir(), 'statements.json');
  await exportXapi(rows, from, destination, options);
  return JSON.parse(await readFile(destination, 'utf8')) as Statement[];
}

describe('xAPI export', () => {
  it('writes statements every independent validator accepts', async () => {
    const all = await statements();
    expect(all.length).toBe(9);
    for (const statement of all) {
      expect(learningLockerProblems(statement), JSON.stringify(statement)).toEqual([]);
      expect(tinCanProblems(statement), JSON.stringify(statement)).toEqual([]);
    }
  });

  it('the validators do catch a broken statement', async () => {
    const [first] = await statements();
    const broken = { ...first, verb: { id: 'not an iri' }, result: { score: { scaled: 2 } }, context: { registration: 'room-2' } };
    expect(learningLockerProblems(broken)).not.toEqual([]);
    expect(tinCanProblems(broken)).not.toEqual([]);
  });

  it.each<[string, AttemptRecord, string[]]>([
    ['a passed attempt with two answers', passed, ['attempted', 'answered', 'answered', 'passed']],
    ['a failed attempt', failed, ['attempted', 'failed']],
    ['an attempt in progress', open, ['attempted']],
    ['a completed attempt (nothing graded)', completed, ['attempted', 'completed']],
  ])('%s', async (_label, which, verbs) => {
    const all = await statements({}, [which]);
    expect(all.map((statement) => statement.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''))).toEqual(verbs);
  });

  it('leaves out answered statements when asked', async () => {
    const all = await statements({ includeAnswers: false }, [passed]);
    expect(all.map((statement) => statement.verb.display['en-US'])).toEqual(['attempted', 'passed']);
  });

  it('maps the attempt: actor, module, course, score, duration, registration, timestamp', async () => {
    const all = await statements({ accountHomePage: 'https://hr.example.org', activityBase: 'https://training.example.org/' }, [passed]);
    const finish = all.at(-1) as Statement;
    expect(finish).toMatchObject({
      actor: { name: 'Ana Lima', account: { homePage: 'https://hr.example.org', name: 'S-0042' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: {
        id: 'https://training.example.org/courses/safety/modules/fire',
        definition: { type: 'http://adlnet.gov/expapi/activities/module', name: { 'en-US': 'Fire Evacuation' } },
      },
      result: { score: { scaled: 0.8, raw: 4, min: 0, max: 5 }, success: true, completion: true, duration: 'PT1H2M3S' },
      context: {
        registration: registrationOf('room-2-morning'),
        contextActivities: { grouping: [{ id: 'https://training.example.org/courses/safety' }] },
      },
      timestamp: passed.completedAt,
    });
    const answered = all[1] as Statement;
    expect(answered.object.id).toBe('https://training.example.org/courses/safety/modules/fire/questions/q1');
    expect(answered.context.contextActivities.parent).toEqual([
      expect.objectContaining({ id: 'https://training.example.org/courses/safety/modules/fire' }),
    ]);
    expect(answered.result).toEqual({ score: { scaled: 1, raw: 1, min: 0, max: 1 }, success: true });
    expect((all[2] as Statement).result).toBeUndefined();
  });

  it('identifies a learner without a staff id by their learner id, and leaves out the registration without a session', async () => {
    const [first] = await statements({}, [failed]);
    expect(first?.actor.account).toEqual({ homePage: 'https://course-studio.local/learners', name: bo.id });
    expect(first?.context.registration).toBeUndefined();
  });

  it('gives the same ids on every export and different ids to different statements', async () => {
    const once = (await statements()).map((statement) => statement.id);
    const again = (await statements()).map((statement) => statement.id);
    expect(again).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });

  it('exports only the rows given, and an attempt seen twice once', async () => {
    const onlyBo = rows.filter((row) => row.learnerId === bo.id);
    const destination = join(await tempDir(), 'bo.json');
    const summary = await exportXapi(onlyBo, [...attempts, failed], destination);
    expect(summary).toMatchObject({ items: 2, written: 3 });
  });

  describe('with many attempts', () => {
    const manyAttempts = Array.from({ length: 20_000 }, (_, i) =>
      attempt({ learnerId: ana.id, moduleId: `m${i % 50}`, attempt: 1 + Math.floor(i / 50) }),
    );
    const manyRows = buildRecordRows(local(...manyAttempts), [ana], titles);
    it('reports progress', async () => {
      await expectProgressReported(await tempDir(), 20_000, (destination, options) =>
        exportXapi(manyRows, manyAttempts, destination, options),
      );
    });
    it('leaves no file when cancelled midway', async () => {
      await expectCancelLeavesNoFile(await tempDir(), (destination, options) => exportXapi(manyRows, manyAttempts, destination, options));
    });
    it('writes nothing when cancelled before it starts', async () => {
      await expectAbortedBeforeStartWritesNothing(await tempDir(), (destination, options) =>
        exportXapi(manyRows, manyAttempts, destination, options),
      );
    });
  });
});
