import { randomBytes } from 'node:crypto';
import { ApiError } from '../errors';

/**
 * The tokens an unlocked trainer holds. They live in memory only, so quitting the app locks it,
 * and a token expires after a spell of disuse, so a trainer who walks away from a classroom
 * machine does not leave it unlocked for the next learner.
 */

export const IDLE_EXPIRY_MS = 30 * 60_000;
const TOKEN_BYTES = 32;
/** base64url of 32 bytes */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export class TrainerTokens {
  /** token → last use */
  readonly #lastUsed = new Map<string, number>();
  readonly #now: () => number;
  readonly #idleMs: number;

  constructor(options: { now: () => number; idleMs?: number }) {
    this.#now = options.now;
    this.#idleMs = options.idleMs ?? IDLE_EXPIRY_MS;
  }

  issue(): string {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    this.#lastUsed.set(token, this.#now());
    return token;
  }

  /** Throws forbidden unless the token is live; a live token's idle time starts again. */
  require(token: unknown): void {
    if (!this.#isLive(token)) throw new ApiError('forbidden', 'This needs the trainer passcode.');
    this.#lastUsed.set(token, this.#now());
  }

  revoke(token: unknown): void {
    if (typeof token === 'string') this.#lastUsed.delete(token);
  }

  /** Signs out every trainer but `keep` (after the passcode changes, other holders must prove the new one). */
  revokeAllExcept(keep: unknown): void {
    for (const token of [...this.#lastUsed.keys()]) if (token !== keep) this.#lastUsed.delete(token);
  }

  #isLive(token: unknown): token is string {
    if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return false;
    const lastUsed = this.#lastUsed.get(token);
    if (lastUsed === undefined) return false;
    // `now < lastUsed` means the clock went back; the token is still the one issued, so keep it.
    if (this.#now() - lastUsed >= this.#idleMs) {
      this.#lastUsed.delete(token);
      return false;
    }
    return true;
  }
}
