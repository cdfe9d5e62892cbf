import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../errors';
import { openProgressStore } from '../../progress';
import type { TestClock } from '../../progress/testing/clock';
import type { FaultyFs } from '../../storage/testing/faulty-fs';
import { findCourseFolders } from '../../workspace/course-folders';
import { courseRoots } from '../../workspace/course-roots';
import { createCourseCatalog } from '../course-catalog';
import { createPlaybackService } from '../playback-service';

/**
 * A playback service over copies of the test course (`playback-check`) and the documented example
 * course (`consultative-selling`), on a fresh data folder. `reopen()` starts a new store and service
 * over the same folder, as after a restart.
 */
export async function setUpPlayback(tempDir: () => Promise<string>, options: { fs?: FaultyFs; clock?: TestClock } = {}) {
  const root = await tempDir();
  const bundled = join(root, 'bundled');
  await cp('tests/fixtures/courses/playback-check', join(bundled, 'playback-check'), { recursive: true });
  await cp('docs/example-course', join(bundled, 'example-course'), { recursive: true });
  const dataDir = join(root, 'data');
  const open = async () => {
    const store = await openProgressStore({
      dataDir,
      ...(options.fs && { fs: options.fs }),
      ...(options.clock && { now: options.clock.now }),
    });
    const playback = createPlaybackService(
      createCourseCatalog(() => findCourseFolders(courseRoots(dataDir, bundled))),
      store,
    );
    return { store, playback };
  };
  const { store, playback } = await open();
  const learner = await store.addLearner({ name: 'Ana Lopez' });
  const greeting = { learnerId: learner.id, courseId: 'playback-check', moduleId: 'greeting' };
  return { root, dataDir, store, playback, learner, greeting, reopen: open };
}

/** The ApiError a promise rejects with; fails the test if it resolves or throws something else. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

/** What a call ended with: its value, or the ApiError it was refused with. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error };
    throw error;
  }
}
