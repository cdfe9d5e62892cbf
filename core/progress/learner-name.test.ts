import { describe, expect, it } from 'vitest';
import { addLearnerInput, parseInput } from './inputs';

/** The store checks names itself (it has callers besides the API): no control or broken characters. */
describe('a learner name and staff id', () => {
  it.each([
    ['a NUL in the name', { name: 'Ana\u0000Lima' }, 'a name contains a control character'],
    ['a line break in the name', { name: 'Ana\nLima' }, 'a name contains a control character'],
    ['a lone surrogate in the name', { name: 'Ana \uD83D' }, 'a name contains a control character or a broken character'],
    ['an escape in the staff id', { name: 'Ana', staffId: 'S\u001b1' }, 'a staff id contains a control character'],
    [
      'a lone surrogate in the staff id',
      { name: 'Ana', staffId: '\uDC00' },
      'a staff id contains a control character or a broken character',
    ],
  ])('refuses %s', (_case, input, message) => {
    expect(() => parseInput(addLearnerInput, input, 'add the learner')).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining(message) }),
    );
  });

  it('takes names in any script, emoji included', () => {
    expect(parseInput(addLearnerInput, { name: ' Zoë  Ñandú 中文 😀 ', staffId: ' Ø-42 ' }, 'add the learner')).toEqual({
      name: 'Zoë Ñandú 中文 😀',
      staffId: 'Ø-42',
    });
  });
});
