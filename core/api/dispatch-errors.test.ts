import { describe, expect, it } from 'vitest';
import type { CourseStudioApi } from './contract';
import { createDispatch } from './dispatch';
import { limits } from './limits';

const bytes = (text: string) => Buffer.byteLength(text);

describe('the answer to a call with 300,000 unknown keys', () => {
  it('is one short sentence', async () => {
    const dispatch = createDispatch({ listLearners: async () => [] } as unknown as CourseStudioApi);
    const input = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`key${i}`, 1]));
    const result = await dispatch('listLearners', input);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(bytes(message)).toBeLessThanOrEqual(limits.errorMessageBytes);
    expect(message).toBe('Invalid request for listLearners: Unrecognized keys: "key0", "key1", "key2" and 299,997 more.');
  });
});
