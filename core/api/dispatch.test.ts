import { describe, expect, it, vi } from 'vitest';
import type { CourseStudioApi } from './contract';
import { apiInputs, apiMethodNames } from './contract';
import { createDispatch } from './dispatch';
import { ApiError } from './errors';

function fakeService(overrides: Partial<CourseStudioApi> = {}): CourseStudioApi {
  const unused = async () => Promise.reject(new Error('not called in these tests'));
  return {
    ...(Object.fromEntries(apiMethodNames.map((method) => [method, unused])) as unknown as CourseStudioApi),
    getAppInfo: async () => ({ productName: 'Course Studio', version: '1.0.0', dataDir: '/data', shell: 'browser' }),
    listCourses: async () => [],
    ...overrides,
  };
}

describe('the API contract', () => {
  it('lists every method once, each with a schema', () => {
    expect(new Set(apiMethodNames).size).toBe(apiMethodNames.length);
    for (const method of apiMethodNames) expect(apiInputs[method]).toBeDefined();
  });
});

describe('createDispatch', () => {
  it('answers a valid call with the service value', async () => {
    const dispatch = createDispatch(fakeService());
    await expect(dispatch('getAppInfo', {})).resolves.toEqual({
      ok: true,
      value: { productName: 'Course Studio', version: '1.0.0', dataDir: '/data', shell: 'browser' },
    });
  });

  it('treats a missing argument as an empty object', async () => {
    const dispatch = createDispatch(fakeService());
    await expect(dispatch('listCourses', undefined)).resolves.toEqual({ ok: true, value: [] });
  });

  it.each([
    ['unknown method', 'deleteEverything', {}, 'unknown-method', 'The app does not know the action "deleteEverything".'],
    ['inherited property', 'toString', {}, 'unknown-method', 'The app does not know the action "toString".'],
    ['prototype key', '__proto__', {}, 'unknown-method', 'The app does not know the action "__proto__".'],
    ['unexpected key', 'listCourses', { path: '/etc' }, 'invalid-argument', 'Invalid request for listCourses: Unrecognized key: "path".'],
    [
      'not an object',
      'listCourses',
      42,
      'invalid-argument',
      'Invalid request for listCourses: Invalid input: expected object, received number.',
    ],
  ])('refuses a %s with a clear error', async (_case, method, input, code, message) => {
    const dispatch = createDispatch(fakeService());
    await expect(dispatch(method, input)).resolves.toEqual({ ok: false, error: { code, message } });
  });

  it('passes an ApiError from the service through as it is', async () => {
    const dispatch = createDispatch(
      fakeService({
        listCourses: async () => {
          throw new ApiError('not-found', 'The course "x" is not on this machine.');
        },
      }),
    );
    await expect(dispatch('listCourses', {})).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'The course "x" is not on this machine.' },
    });
  });

  it('hides the details of an unexpected failure from the caller and logs them', async () => {
    const logError = vi.fn();
    const crash = new Error('EACCES: permission denied, open /secret/path');
    const dispatch = createDispatch(fakeService({ listCourses: async () => Promise.reject(crash) }), { logError });
    const result = await dispatch('listCourses', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong on this machine. The details were written to the app log.' },
    });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(logError).toHaveBeenCalledWith('listCourses', crash);
  });

  it('asks the authorizer before validating or running anything, and answers its refusal', async () => {
    const listCourses = vi.fn(async () => []);
    const authorize = vi.fn((method: string) => {
      if (method === 'listCourses') throw new ApiError('forbidden', 'This needs the trainer passcode.');
    });
    const dispatch = createDispatch(fakeService({ listCourses }), { authorize });
    await expect(dispatch('listCourses', { notEvenValid: true })).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This needs the trainer passcode.' },
    });
    expect(listCourses).not.toHaveBeenCalled();
    await expect(dispatch('getAppInfo', {})).resolves.toMatchObject({ ok: true });
    expect(authorize).toHaveBeenCalledWith('getAppInfo', {});
  });
});
