import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValidationError } from './validation-sentence';

function failureOf(schema: z.ZodType, input: unknown): z.ZodError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return parsed.error;
}

/** Like every API input: an object that refuses fields it does not know. */
const noFields = z.strictObject({});

describe('describeValidationError', () => {
  it('names three unknown keys of 300,000 and counts the rest', () => {
    const input = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`key${i}`, 1]));
    const sentence = describeValidationError(failureOf(noFields, input));
    expect(sentence).toBe('Unrecognized keys: "key0", "key1", "key2" and 299,997 more');
  });

  it('cuts long key names short and shows control characters escaped', () => {
    const sentence = describeValidationError(failureOf(noFields, { [`${'k'.repeat(10_000)}`]: 1, 'a\u0000b\nc': 2 }));
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
