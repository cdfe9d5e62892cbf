import { describe, expect, it } from 'vitest';
import { checkTitle } from './course-file-edit';

describe('checkTitle', () => {
  it.each([
    ['a NUL', 'Fire\u0000safety'],
    ['an escape', 'Fire \u001b[31msafety'],
    ['a line break', 'Fire\nsafety'],
    ['a lone surrogate', 'Fire safety \uD83D'],
  ])('refuses a title with %s', (_case, title) => {
    expect(() => checkTitle(title)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining('control character') }),
    );
  });

  it('takes and tidies a title in any script', () => {
    expect(checkTitle('  Sécurité   incendie 中文 😀 ')).toBe('Sécurité incendie 中文 😀');
  });

  it('refuses an empty or long title', () => {
    expect(() => checkTitle('   ')).toThrow('Give it a title.');
    expect(() => checkTitle('x'.repeat(201))).toThrow('keep it under 200 characters');
  });
});
