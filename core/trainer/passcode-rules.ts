import { ApiError } from '../errors';
import { normalizePasscode } from './passcode-hash';

/**
 * What a new trainer passcode must be. The passcode guards certificates and session controls on a
 * shared machine, against learners at the same keyboard rather than remote attackers (the lockout
 * handles guessing), so the rules only refuse what someone would try first.
 */

export const MIN_LENGTH = 6;
export const MAX_LENGTH = 200;

/** Lower-cased; compared after lower-casing the candidate. */
const COMMON = new Set([
  'password',
  'passcode',
  'passw0rd',
  'password1',
  'qwerty',
  'qwertz',
  'azerty',
  'qwerty123',
  'letmein',
  'welcome',
  'trainer',
  'trainer1',
  'training',
  'teacher',
  'admin',
  'admin1',
  'admin123',
  'iloveyou',
  'abc123',
  'changeme',
  'course',
  'coursestudio',
  'secret',
  'monkey',
  'dragon',
  'football',
]);

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Throws invalid-argument with a sentence for the trainer when the passcode may not be used. */
export function checkNewPasscode(passcode: unknown): string {
  if (typeof passcode !== 'string') throw refuse('Enter a passcode.');
  const value = normalizePasscode(passcode);
  const length = [...value].length;
  if (value.trim() === '') throw refuse('Enter a passcode.');
  if (length < MIN_LENGTH) throw refuse(`The passcode needs at least ${MIN_LENGTH} characters.`);
  if (length > MAX_LENGTH) throw refuse(`The passcode can have at most ${MAX_LENGTH} characters.`);
  if (isTrivial(value))
    throw refuse('That passcode is too easy to guess (like 123456 or "password"). Choose one the learners would not try.');
  return value;
}

export function isTrivial(passcode: string): boolean {
  const lower = passcode.toLowerCase();
  if (COMMON.has(lower)) return true;
  const chars = [...lower];
  if (chars.every((char) => char === chars[0])) return true;
  // 123456, 654321, abcdef, qwerty... (also as repeats, like 123123)
  const unit = smallestRepeatingUnit(lower);
  const reversed = [...unit].reverse().join('');
  return SEQUENCES.some((sequence) => sequence.includes(unit) || sequence.includes(reversed)) || COMMON.has(unit);
}

/** "123123" → "123", "abcabcab" → "abc"; a string without repeats is its own unit. */
function smallestRepeatingUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size++) {
    const unit = text.slice(0, size);
    if (unit.repeat(Math.ceil(text.length / size)).startsWith(text)) return unit;
  }
  return text;
}

function refuse(sentence: string): ApiError {
  return new ApiError('invalid-argument', sentence);
}
