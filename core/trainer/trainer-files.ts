import { join } from 'node:path';
import { Low } from 'lowdb';
import * as z from 'zod';
import { DurableJsonFile, readJsonFile, UnreadableFileError } from '../storage/durable-json-file';
import type { StorageFs } from '../storage/storage-fs';
import { COST_LIMITS, HASH_BYTES, SALT_BYTES } from './passcode-hash';
import { FREE_FAILURES } from './lockout-schedule';

/**
 * The trainer lock's two small files in `<dataDir>/trainer/`: the passcode hash, and the count of
 * wrong passcodes with the time until which no passcode is checked. They are separate so that the
 * documented reset (delete passcode.json) cannot be undone by a stale lockout, and so a failed
 * guess never rewrites the passcode file.
 */

export function trainerDir(dataDir: string): string {
  return join(dataDir, 'trainer');
}

export function passcodeFilePath(dataDir: string): string {
  return join(trainerDir(dataDir), 'passcode.json');
}

export function lockoutFilePath(dataDir: string): string {
  return join(trainerDir(dataDir), 'lockout.json');
}

const base64Of = (bytes: number) => z.base64().refine((text) => Buffer.from(text, 'base64').length === bytes, `must hold ${bytes} bytes`);
const powerOfTwo = (n: number) => Number.isInteger(Math.log2(n));

export const passcodeFileSchema = z.strictObject({
  version: z.literal(1),
  algorithm: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** COST_LIMITS.minLogN)
    .max(2 ** COST_LIMITS.maxLogN)
    .refine(powerOfTwo, 'must be a power of two'),
  r: z.number().int().min(1).max(COST_LIMITS.maxR),
  p: z.number().int().min(1).max(COST_LIMITS.maxP),
  salt: base64Of(SALT_BYTES),
  hash: base64Of(HASH_BYTES),
  setAt: z.iso.datetime({ offset: true }),
});

export const lockoutFileSchema = z.strictObject({
  version: z.literal(1),
  failures: z.number().int().nonnegative(),
  /** Epoch milliseconds; null when passcodes may be checked. */
  lockedUntil: z.number().int().nonnegative().nullable(),
});

export type PasscodeFile = z.output<typeof passcodeFileSchema>;
export type LockoutFile = z.output<typeof lockoutFileSchema>;

export const NO_FAILURES: LockoutFile = { version: 1, failures: 0, lockedUntil: null };

export type PasscodeState = { kind: 'none' } | { kind: 'set'; file: PasscodeFile } | { kind: 'damaged'; path: string };

export function passcodeDb(fs: StorageFs, dataDir: string, initial: PasscodeFile): Low<PasscodeFile> {
  return new Low(new DurableJsonFile(passcodeFilePath(dataDir), { fs, decode: (json) => passcodeFileSchema.parse(json) }), initial);
}

export function lockoutDb(fs: StorageFs, dataDir: string, initial: LockoutFile): Low<LockoutFile> {
  return new Low(new DurableJsonFile(lockoutFilePath(dataDir), { fs, decode: (json) => lockoutFileSchema.parse(json) }), initial);
}

/**
 * A damaged passcode file keeps the lock shut (state 'damaged') rather than letting whoever is at
 * the keyboard set a new passcode. It does not fall back to passcode.json.bak either: that holds
 * the previous passcode, which a trainer may have changed because it became known. The way out
 * is the documented reset, which needs the machine's administrator.
 */
export async function readPasscode(fs: StorageFs, dataDir: string): Promise<PasscodeState> {
  const path = passcodeFilePath(dataDir);
  try {
    const file = await readJsonFile(fs, path, (json) => passcodeFileSchema.parse(json));
    return file ? { kind: 'set', file } : { kind: 'none' };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { kind: 'damaged', path };
    throw error;
  }
}

/**
 * A damaged lockout file must not wipe the count of wrong guesses, nor lock out a trainer because
 * of a disk fault: it starts at the last free failure, so the next wrong passcode imposes a wait
 * and a right one clears it.
 */
export async function readLockout(fs: StorageFs, dataDir: string): Promise<LockoutFile> {
  try {
    return (await readJsonFile(fs, lockoutFilePath(dataDir), (json) => lockoutFileSchema.parse(json))) ?? NO_FAILURES;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return { version: 1, failures: FREE_FAILURES - 1, lockedUntil: null };
  }
}
