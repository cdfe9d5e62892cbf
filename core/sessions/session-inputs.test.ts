import { describe, expect, it } from 'vitest';
import { createSessionInput, parseSessionInput, updateSessionInput } from './session-inputs';

const valid = {
  name: 'Fire safety, group A',
  date: '2025-03-14',
  facilitator: 'Rosa Diaz',
  location: 'Room 2',
  courseId: 'safety',
  moduleIds: ['fire', 'spill'],
};

describe('creating a session', () => {
  it.each([
    ['a missing name', { ...valid, name: undefined }, 'The session name is needed.'],
    ['a blank name', { ...valid, name: '   ' }, 'The session name is needed.'],
    ['a long name', { ...valid, name: 'x'.repeat(101) }, 'The session name can have at most 100 characters.'],
    ['a name that is not text', { ...valid, name: 7 }, 'The session name must be text.'],
    ['a missing date', { ...valid, date: undefined }, 'The date must be a real day written as YYYY-MM-DD'],
    ['a date in another format', { ...valid, date: '14/03/2025' }, 'The date must be a real day written as YYYY-MM-DD'],
    ['a day that does not exist', { ...valid, date: '2025-02-30' }, 'The date must be a real day'],
    ['a missing facilitator', { ...valid, facilitator: undefined }, 'The facilitator is needed.'],
    ['a long location', { ...valid, location: 'x'.repeat(101) }, 'The location can have at most 100 characters.'],
    ['no course', { ...valid, courseId: ' ' }, 'Pick a course.'],
    ['no modules', { ...valid, moduleIds: [] }, 'Pick at least one module.'],
    ['a module twice', { ...valid, moduleIds: ['fire', 'spill', 'fire'] }, "The module 'fire' is listed twice."],
    ['an unknown field', { ...valid, status: 'running' }, "The session form has no field 'status'."],
    [
      'thousands of unknown fields',
      { ...valid, ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, 1])) },
      "The session form has no field 'f0', 'f1', 'f2' and 4,997 more.",
    ],
    ['a NUL in the name', { ...valid, name: 'Fire\u0000safety' }, 'The session name contains a control character'],
    ['an escape in the facilitator', { ...valid, facilitator: 'Rosa\u001b[2J' }, 'The facilitator contains a control character'],
    [
      'a lone surrogate in the location',
      { ...valid, location: 'Room \uD800' },
      'The location contains a control character or a broken character',
    ],
  ])('refuses %s', (_label, input, message) => {
    expect(() => parseSessionInput(createSessionInput, input, 'create the session')).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining(`Cannot create the session: ${message}`) }),
    );
  });

  it('names at most three problems at once', () => {
    expect(() => parseSessionInput(createSessionInput, {}, 'create the session')).toThrow(
      'Cannot create the session: The session name is needed. The date must be a real day written as YYYY-MM-DD, for example 2025-03-14. The facilitator is needed. (and 2 more)',
    );
  });

  it.each([
    [
      'tidies spaces',
      { ...valid, name: '  Fire   safety ', facilitator: ' Rosa  Diaz ' },
      { name: 'Fire safety', facilitator: 'Rosa Diaz' },
    ],
    ['allows no location', { ...valid, location: undefined }, { location: '' }],
    ['trims ids', { ...valid, courseId: ' safety ', moduleIds: [' fire '] }, { courseId: 'safety', moduleIds: ['fire'] }],
  ])('%s', (_label, input, expected) => {
    expect(parseSessionInput(createSessionInput, input, 'create the session')).toMatchObject(expected);
  });
});

describe('changing a session', () => {
  it.each([
    ['one field', { name: 'Group B' }, { name: 'Group B' }],
    ['nothing', {}, {}],
  ])('accepts %s', (_label, input, expected) => {
    expect(parseSessionInput(updateSessionInput, input, 'change the session')).toEqual(expected);
  });

  it('checks the fields it is given', () => {
    expect(() => parseSessionInput(updateSessionInput, { date: '2025-13-01' }, 'change the session')).toThrow(
      'Cannot change the session: The date must be a real day',
    );
  });
});
