import { describe, expect, it } from 'vitest';
import { apiInputs, type ApiMethod } from '../contract';
import { describeValidationError } from '../../errors';

/**
 * Every field of the API that holds a name or title a person typed and others read. Each one
 * refuses control characters and lone surrogates, and takes any real text.
 */
const trainerToken = 't';
const session = { trainerToken, name: 'Onboarding', date: '2025-03-14', facilitator: 'Ana', courseId: 'c', moduleIds: ['m'] };
const nameFields: [ApiMethod, Record<string, unknown>, string][] = [
  ['addLearner', { name: 'Ana' }, 'name'],
  ['addLearner', { name: 'Ana', staffId: 'S-1' }, 'staffId'],
  ['createCourse', { trainerToken, title: 'T', template: 'blank' }, 'title'],
  ['renameCourse', { trainerToken, courseId: 'c', title: 'T' }, 'title'],
  ['duplicateCourse', { trainerToken, courseId: 'c', title: 'T' }, 'title'],
  ['addModule', { trainerToken, courseId: 'c', title: 'T' }, 'title'],
  ['renameModule', { trainerToken, courseId: 'c', file: 'modules/01-a.md', title: 'T' }, 'title'],
  ['importPost', { trainerToken, kind: 'text', content: 'Post', title: 'T' }, 'title'],
  ['importPack', { trainerToken, uploadId: 'u', newTitle: 'T' }, 'newTitle'],
  ['addImage', { trainerToken, courseId: 'c', fileName: 'a.png', dataBase64: '' }, 'fileName'],
  ['inspectPack', { trainerToken, fileName: 'a.zip', dataBase64: '' }, 'fileName'],
  ['importRecordsFile', { trainerToken, fileName: 'a.json', dataBase64: '' }, 'fileName'],
  ['createSession', session, 'name'],
  ['createSession', session, 'facilitator'],
  ['createSession', { ...session, location: 'Room 1' }, 'location'],
  ['updateSession', { ...session, sessionId: 's' }, 'name'],
  ['saveSettings', { trainerToken, trainerName: 'Ana', organisation: 'Org', xapiAccountHomePage: '' }, 'trainerName'],
  ['saveSettings', { trainerToken, trainerName: 'Ana', organisation: 'Org', xapiAccountHomePage: '' }, 'organisation'],
  ['saveSettings', { trainerToken, trainerName: 'Ana', organisation: 'Org', xapiAccountHomePage: '' }, 'xapiAccountHomePage'],
];

const hostile = [
  ['NUL', 'Ana\u0000Lima'],
  ['escape', 'Ana\u001b[31m'],
  ['a line break', 'Ana\nLima'],
  ['a tab', 'Ana\tLima'],
  ['DEL', 'Ana\u007f'],
  ['a C1 control', 'Ana\u0085'],
  ['a lone high surrogate', 'Ana\uD83D'],
  ['a lone low surrogate', '\uDE00Ana'],
  ['swapped surrogates', '\uDE00\uD83D'],
] as const;

describe.each(nameFields)('%s %s', (method, valid, field) => {
  const schema = apiInputs[method];

  it('takes real text in any script', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    const parsed = schema.safeParse({ ...valid, [field]: field === 'fileName' ? 'Zoë 中文 😀.png' : 'Zoë Ñandú 中文 😀 O’Brien' });
    expect(parsed.success).toBe(true);
  });

  it.each(hostile)('refuses %s', (_case, value) => {
    const parsed = schema.safeParse({ ...valid, [field]: value });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(describeValidationError(parsed.error)).toContain(`${field}: contains a control character or a broken character`);
  });
});
