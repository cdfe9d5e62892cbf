import type { Low } from 'lowdb';
import { ApiError } from '../errors';
import { KeyedQueue } from '../storage/keyed-queue';
import { nodeStorageFs, type StorageFs } from '../storage/storage-fs';
import { notSaved } from '../storage/save-errors';
import { lockoutDelayMs, remainingMs, tooManyMessage } from './lockout-schedule';
import { DEFAULT_COST, hashPasscode, verifyPasscode, type ScryptCost } from './passcode-hash';
import { checkNewPasscode, MAX_LENGTH } from './passcode-rules';
import * as files from './trainer-files';
import { TrainerTokens } from './trainer-tokens';

export interface TrainerLockOptions {
  /** The app's data folder; the lock lives in `<dataDir>/trainer/`. */
  dataDir: string;
  fs?: StorageFs;
  /** Epoch milliseconds. */
  now?: () => number;
  /** For new hashes; existing ones are checked with the cost stored beside them. */
  cost?: ScryptCost;
  idleExpiryMs?: number;
}

export interface TrainerLockStatus {
  passcodeSet: boolean;
  /** Epoch milliseconds until which no passcode is checked; null when one may be tried now. */
  lockedUntil: number | null;
}

/** A passcode longer than any allowed one is wrong without spending a hash on it (a megabyte string would stall scrypt). */
const MAX_CANDIDATE_CHARS = MAX_LENGTH * 4;
/** Passcode checks and changes share one queue, so parallel guesses are each counted before the next is checked. */
const LOCK = 'lock';

export async function openTrainerLock(options: TrainerLockOptions): Promise<TrainerLock> {
  const fs = options.fs ?? nodeStorageFs;
  const [passcode, lockout] = await Promise.all([files.readPasscode(fs, options.dataDir), files.readLockout(fs, options.dataDir)]);
  return new TrainerLock({ ...options, fs, now: options.now ?? Date.now }, passcode, lockout);
}

/**
 * The trainer passcode of this machine and the tokens of unlocked trainers. Learners share the
 * machine, so trainer-only actions (ending a session, certificates, settings) ask the API layer
 * to call requireTrainer with the token unlock gave. See docs/trainer-lock.md.
 */
export class TrainerLock {
  readonly #fs: StorageFs;
  readonly #dataDir: string;
  readonly #now: () => number;
  readonly #cost: ScryptCost;
  readonly #tokens: TrainerTokens;
  readonly #queue = new KeyedQueue();
  #passcode: files.PasscodeState;
  readonly #lockout: Low<files.LockoutFile>;

  /** Use openTrainerLock. */
  constructor(
    options: Required<Pick<TrainerLockOptions, 'dataDir' | 'fs' | 'now'>> & TrainerLockOptions,
    passcode: files.PasscodeState,
    lockout: files.LockoutFile,
  ) {
    this.#fs = options.fs;
    this.#dataDir = options.dataDir;
    this.#now = options.now;
    this.#cost = options.cost ?? DEFAULT_COST;
    this.#tokens = new TrainerTokens({ now: options.now, ...(options.idleExpiryMs !== undefined && { idleMs: options.idleExpiryMs }) });
    this.#passcode = passcode;
    this.#lockout = files.lockoutDb(this.#fs, this.#dataDir, lockout);
  }

  status(): TrainerLockStatus {
    if (this.#passcode.kind === 'none') return { passcodeSet: false, lockedUntil: null };
    const remaining = this.#remaining();
    return { passcodeSet: true, lockedUntil: remaining > 0 ? this.#now() + remaining : null };
  }

  /** First run only: sets the passcode and unlocks. */
  setInitialPasscode(passcode: unknown): Promise<string> {
    return this.#queue.run(LOCK, async () => {
      if (this.#passcode.kind === 'damaged') throw this.#damaged(this.#passcode.path);
      if (this.#passcode.kind === 'set')
        throw new ApiError('conflict', 'A trainer passcode is already set on this computer. Unlock with it instead.');
      await this.#savePasscode(checkNewPasscode(passcode));
      // After the documented reset, wrong guesses at the old passcode must not hold up the new one.
      await this.#saveLockout(files.NO_FAILURES);
      return this.#tokens.issue();
    });
  }

  unlock(passcode: unknown): Promise<string> {
    return this.#queue.run(LOCK, async () => {
      await this.#check(passcode, 'That is not the trainer passcode.');
      return this.#tokens.issue();
    });
  }

  /** Needs a live token and the current passcode; other trainers' tokens stop working. */
  async changePasscode(token: unknown, current: unknown, next: unknown): Promise<void> {
    this.#tokens.require(token);
    await this.#queue.run(LOCK, async () => {
      const value = checkNewPasscode(next);
      await this.#check(current, 'The current passcode is not right.');
      await this.#savePasscode(value);
      this.#tokens.revokeAllExcept(token);
    });
  }

  lock(token: unknown): void {
    this.#tokens.revoke(token);
  }

  /** Throws forbidden ('This needs the trainer passcode.') for a missing, unknown or expired token. */
  requireTrainer(token: unknown): void {
    this.#tokens.require(token);
  }

  /** Call inside the queue. Resolves when `passcode` is the trainer's; counts it and throws forbidden when not. */
  async #check(passcode: unknown, wrong: string): Promise<void> {
    const state = this.#passcode;
    if (state.kind === 'none') throw new ApiError('conflict', 'No trainer passcode is set on this computer yet. Set one first.');
    if (state.kind === 'damaged') throw this.#damaged(state.path);
    const remaining = this.#remaining();
    if (remaining > 0) throw new ApiError('forbidden', tooManyMessage(remaining));
    const right = typeof passcode === 'string' && passcode.length <= MAX_CANDIDATE_CHARS && (await verifyPasscode(passcode, state.file));
    if (right) {
      if (this.#lockout.data.failures > 0) await this.#saveLockout(files.NO_FAILURES);
      return;
    }
    const failures = this.#lockout.data.failures + 1;
    const delay = lockoutDelayMs(failures);
    await this.#saveLockout({ version: 1, failures, lockedUntil: delay > 0 ? this.#now() + delay : null });
    throw new ApiError('forbidden', delay > 0 ? `${wrong} ${tooManyMessage(delay)}` : wrong);
  }

  #remaining(): number {
    return remainingMs(this.#lockout.data.lockedUntil, this.#now());
  }

  async #savePasscode(passcode: string): Promise<void> {
    const hashed = await hashPasscode(passcode, this.#cost);
    const file: files.PasscodeFile = { version: 1, ...hashed, setAt: new Date(this.#now()).toISOString() };
    try {
      await this.#fs.mkdirp(files.trainerDir(this.#dataDir));
      await files.passcodeDb(this.#fs, this.#dataDir, file).write();
    } catch (error) {
      throw notSaved(error, 'The trainer passcode');
    }
    this.#passcode = { kind: 'set', file };
  }

  /**
   * Best effort on disk, authoritative in memory: a full disk must not stop a trainer who typed
   * the right passcode, and while the app runs the count in memory still enforces the waits.
   * Only a restart on a disk that cannot be written forgets failures, which needs both.
   */
  async #saveLockout(next: files.LockoutFile): Promise<void> {
    this.#lockout.data = next;
    try {
      await this.#fs.mkdirp(files.trainerDir(this.#dataDir));
      await this.#lockout.write();
    } catch {
      // see above
    }
  }

  #damaged(path: string): ApiError {
    return new ApiError(
      'conflict',
      `The trainer passcode file ${path} is damaged. An administrator of this computer can delete it to set a new passcode (see docs/trainer-lock.md); learners' progress is not affected.`,
    );
  }
}
