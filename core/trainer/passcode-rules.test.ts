import { describe, expect, it } from 'vitest';
import { checkNewPasscode } from './passcode-rules';

describe('checkNewPasscode', () => {
  it.each([
    ['a short one', '12ab', 'at least 6 characters'],
    ['a long one', 'x1'.repeat(101), 'at most 200 characters'],
    ['blank', '        ', 'Enter a passcode'],
    ['not text', 123456, 'Enter a passcode'],
    ['123456', '123456', 'too easy to guess'],
    ['000000', '000000', 'too easy to guess'],
    ['654321', '654321', 'too easy to guess'],
    ['123123', '123123', 'too easy to guess'],
    ['password', 'password', 'too easy to guess'],
    ['PassWord', 'PassWord', 'too easy to guess'],
    ['qwerty', 'qwerty', 'too easy to guess'],
    ['abcdef', 'abcdef', 'too easy to guess'],
    ['aaaaaaaa', 'aaaaaaaa', 'too easy to guess'],
  ])('refuses %s', (_label, passcode, message) => {
    expect(() => checkNewPasscode(passcode)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining(message) }),
    );
  });

  it.each([
    ['six mixed characters', 'k9m2x7'],
    ['a phrase with spaces', 'blue kettle at noon'],
    ['exactly 200 characters', 'ab3'.repeat(66) + 'xy'],
    ['accents, counted as characters', 'café-été'],
  ])('accepts %s', (_label, passcode) => {
    expect(checkNewPasscode(passcode)).toBe(passcode.normalize('NFC'));
  });

  it('counts characters, not UTF-16 units: five emoji are too short', () => {
    expect(() => checkNewPasscode('🔑🔒🚪🔑🔒')).toThrow(expect.objectContaining({ message: expect.stringContaining('at least 6') }));
  });
});
