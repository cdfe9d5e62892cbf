import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiInputs } from './contract';
import { createDispatch } from './dispatch';
import { describeValidationError } from './describe-issue';
import { ApiError } from './errors';
import { limits } from './limits';
import type { CourseStudioApi } from './contract';

const bytes = (text: string) => Buffer.byteLength(text);

function failureOf(schema: z.ZodType, input: unknown): z.ZodError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return parsed.error;
}

describe('describeValidationError', () => {
  it('names three unknown keys of 300,000 and counts the rest', () => {
    const input = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`key${i}`, 1]));
    const sentence = describeValidationError(failureOf(apiInputs.listLearners, input));
    expect(sentence).toBe('Unrecognized keys: "key0", "key1", "key2" and 299,997 more');
  });

  it('cuts long key names short and shows control characters escaped', () => {
    const sentence = describeValidationError(failureOf(apiInputs.listLearners, { [`${'k'.repeat(10_000)}`]: 1, 'a\u0000b\nc': 2 }));
    expect(sentence).toBe(`Unrecognized keys: "${'k'.repeat(39)}…", "a\\u0000b\\nc"`);
  });

  it('names three issues of many and counts the rest', () => {
    const schema = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string() });
    expect(describeValidationError(failureOf(schema, {}))).toMatch(/^a: .+; b: .+; c: .+ \(and 2 more\)$/);
  });

  it('cuts a long path and a long message short', () => {
    const long = 'p'.repeat(5_000);
    const schema = z.object({ [long]: z.string().refine(() => false, 'x'.repeat(5_000)) });
    const sentence = describeValidationError(failureOf(schema, { [long]: 'value' }));
    expect(sentence.length).toBeLessThan(310);
    expect(sentence).toMatch(/^p+…: x+…$/);
  });
});

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

describe('ApiError', () => {
  it.each([
    ['ASCII', 'x'.repeat(100_000)],
    ['accented letters', 'é'.repeat(100_000)],
    ['emoji', '😀'.repeat(100_000)],
    ['a 3 MB list of keys', Array.from({ length: 300_000 }, (_, i) => `"key${i}"`).join(', ')],
  ])('keeps a message of %s within the limit, marking the cut', (_case, message) => {
    const error = new ApiError('invalid-argument', message);
    expect(bytes(error.message)).toBeLessThanOrEqual(limits.errorMessageBytes);
    expect(bytes(error.message)).toBeGreaterThan(limits.errorMessageBytes - 8);
    expect(error.message.endsWith('…')).toBe(true);
    expect(error.message).not.toContain('\uFFFD');
    expect(error.toInfo().message).toBe(error.message);
  });

  it('leaves a short message as it is', () => {
    expect(new ApiError('not-found', 'The course "x" is not on this machine.').message).toBe('The course "x" is not on this machine.');
  });
});
