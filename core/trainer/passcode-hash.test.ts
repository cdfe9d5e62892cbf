import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_COST, hashPasscode, verifyPasscode } from './passcode-hash';

vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof crypto>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

describe('hashPasscode', () => {
  it('uses scrypt with the stated cost, a 16-byte salt and a 32-byte hash', async () => {
    const stored = await hashPasscode('k9m2x7');
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 2 ** 15, r: 8, p: 1 });
    expect(DEFAULT_COST).toEqual({ N: 2 ** 15, r: 8, p: 1 });
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(stored.hash, 'base64')).toHaveLength(32);
  });

  it('salts each hash differently, so one passcode set twice gives two hashes', async () => {
    const [a, b] = await Promise.all([hashPasscode('k9m2x7'), hashPasscode('k9m2x7')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('never holds the passcode itself', async () => {
    const text = JSON.stringify(await hashPasscode('blue kettle at noon'));
    expect(text).not.toContain('kettle');
    expect(text).not.toContain(Buffer.from('blue kettle at noon').toString('base64'));
  });
});

describe('verifyPasscode', () => {
  it.each([
    ['the same passcode', 'Blue kettle 7', 'Blue kettle 7', true],
    ['another case', 'Blue kettle 7', 'blue kettle 7', false],
    ['a trailing space', 'Blue kettle 7', 'Blue kettle 7 ', false],
    ['an empty string', 'Blue kettle 7', '', false],
    ['é typed as e + accent', 'caf\u00e9-t\u00e9', 'cafe\u0301-te\u0301', true],
  ])('%s: %j against %j is %s', async (_label, set, tried, expected) => {
    expect(await verifyPasscode(tried, await hashPasscode(set))).toBe(expected);
  });

  it('compares hashes in constant time', async () => {
    const stored = await hashPasscode('k9m2x7');
    vi.mocked(crypto.timingSafeEqual).mockClear();
    await verifyPasscode('wrong-one', stored);
    await verifyPasscode('k9m2x7', stored);
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(2);
  });
});
