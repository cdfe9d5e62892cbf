/**
 * How long the trainer lock refuses to check passcodes after wrong ones. A few mistakes are free
 * (a trainer mistyping on an unfamiliar keyboard); after that each further failure doubles the
 * wait, so guessing through even a short list takes days, while a trainer who simply forgot is
 * never locked out for more than a quarter of an hour.
 */

export const FREE_FAILURES = 5;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;

/** The wait imposed after the `failures`-th consecutive wrong passcode; 0 while still free. */
export function lockoutDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  const doublings = failures - FREE_FAILURES;
  // Past 2^5 the cap has long been reached; stopping there keeps the arithmetic exact.
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(doublings, 5), MAX_DELAY_MS);
}

/**
 * Milliseconds left before passcodes are checked again, or 0. If the clock was set back after the
 * lock began, the stored end lies further ahead than any delay could; it is capped so a wrong
 * clock cannot lock a trainer out for hours.
 */
export function remainingMs(lockedUntil: number | null, now: number): number {
  if (lockedUntil === null || lockedUntil <= now) return 0;
  return Math.min(lockedUntil - now, MAX_DELAY_MS);
}

export function tooManyMessage(remaining: number): string {
  const seconds = Math.max(1, Math.ceil(remaining / 1000));
  return `Too many wrong passcodes. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}
