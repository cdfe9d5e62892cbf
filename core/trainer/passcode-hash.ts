import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * The trainer passcode is stored only as a salted scrypt hash. scrypt is deliberately slow and
 * memory-hungry, so someone who copies the data folder cannot try millions of guesses a second;
 * the cost parameters are stored with the hash so they can be raised later without locking out
 * a machine whose passcode was set under the old ones.
 */

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

export interface PasscodeHash extends ScryptCost {
  algorithm: 'scrypt';
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

/** About 32 MiB and a few tens of milliseconds per check on a classroom laptop. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
export const SALT_BYTES = 16;
export const HASH_BYTES = 32;
/** The bounds a stored file may name; a hand-edited N of 2^30 must not freeze or crash the app. */
export const COST_LIMITS = { minLogN: 14, maxLogN: 20, maxR: 16, maxP: 4 } as const;

export async function hashPasscode(passcode: string, cost: ScryptCost = DEFAULT_COST): Promise<PasscodeHash> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(passcode, salt, cost);
  return { algorithm: 'scrypt', ...cost, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function verifyPasscode(passcode: string, stored: PasscodeHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(passcode, Buffer.from(stored.salt, 'base64'), stored);
  // A plain === would return sooner the earlier the first differing byte is, leaking the hash a byte at a time.
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * The same passcode typed on two keyboards can arrive as different code points (é as one
 * character or as e + accent); NFC makes both hash the same.
 */
export function normalizePasscode(passcode: string): string {
  return passcode.normalize('NFC');
}

function derive(passcode: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // Node refuses scrypt above maxmem (32 MiB by default), and N=2^15, r=8 needs exactly that plus
  // a little, so give it twice what the parameters need.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 2 * 128 * cost.N * cost.r * cost.p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(normalizePasscode(passcode), salt, HASH_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
