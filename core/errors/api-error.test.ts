import { describe, expect, it } from 'vitest';
import { ApiError, ERROR_MESSAGE_BYTES } from './api-error';

const bytes = (text: string) => Buffer.byteLength(text);

describe('ApiError', () => {
  it.each([
    ['ASCII', 'x'.repeat(100_000)],
    ['accented letters', 'é'.repeat(100_000)],
    ['emoji', '😀'.repeat(100_000)],
    ['a 3 MB list of keys', Array.from({ length: 300_000 }, (_, i) => `"key${i}"`).join(', ')],
  ])('keeps a message of %s within the limit, marking the cut', (_case, message) => {
    const error = new ApiError('invalid-argument', message);
    expect(bytes(error.message)).toBeLessThanOrEqual(ERROR_MESSAGE_BYTES);
    expect(bytes(error.message)).toBeGreaterThan(ERROR_MESSAGE_BYTES - 8);
    expect(error.message.endsWith('…')).toBe(true);
    expect(error.message).not.toContain('\uFFFD');
    expect(error.toInfo().message).toBe(error.message);
  });

  it('leaves a short message as it is', () => {
    expect(new ApiError('not-found', 'The course "x" is not on this machine.').message).toBe('The course "x" is not on this machine.');
  });
});
