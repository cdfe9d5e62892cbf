import { describe, expect, it } from 'vitest';
import { lockoutDelayMs, remainingMs, tooManyMessage } from './lockout-schedule';

const second = 1000;
const minute = 60 * second;

describe('lockoutDelayMs', () => {
  it.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 30 * second],
    [6, 60 * second],
    [7, 2 * minute],
    [8, 4 * minute],
    [9, 8 * minute],
    [10, 15 * minute],
    [11, 15 * minute],
    [1000, 15 * minute],
  ])('after %i wrong passcodes waits %i ms', (failures, delay) => {
    expect(lockoutDelayMs(failures)).toBe(delay);
  });
});

describe('remainingMs', () => {
  it.each([
    ['not locked', null, 1_000, 0],
    ['lock over', 900, 1_000, 0],
    ['lock ends now', 1_000, 1_000, 0],
    ['locked', 31_000, 1_000, 30_000],
    ['clock set back by a day', 1_000 + 24 * 60 * minute, 1_000, 15 * minute],
  ])('%s', (_label, lockedUntil, now, remaining) => {
    expect(remainingMs(lockedUntil, now)).toBe(remaining);
  });
});

describe('tooManyMessage', () => {
  it.each([
    [30_000, 'Too many wrong passcodes. Try again in 30 seconds.'],
    [29_001, 'Too many wrong passcodes. Try again in 30 seconds.'],
    [400, 'Too many wrong passcodes. Try again in 1 second.'],
  ])('%i ms', (remaining, message) => {
    expect(tooManyMessage(remaining)).toBe(message);
  });
});
