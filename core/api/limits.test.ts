import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../authoring/images';
import { packLimits } from '../authoring/zip-limits';
import { apiInputs } from './contract';
import { argumentSizeLimit, base64Length, formatMegabytes, limits } from './limits';

/** The figures agree with each other, with the code that enforces them, and with the docs. */

const envelope = (dataBase64: string) =>
  JSON.stringify({ trainerToken: 'x'.repeat(200), courseId: 'c'.repeat(200), fileName: `${'n'.repeat(250)}.png`, dataBase64 });

describe('the limits agree', () => {
  it.each([
    ['addImage', limits.files.image],
    ['inspectPack', limits.files.pack],
    ['importRecordsFile', limits.files.recordsFile],
  ] as const)('%s takes a file of the documented size, in base64 in JSON, and not a byte more', (method, fileBytes) => {
    const largest = 'A'.repeat(base64Length(fileBytes));
    expect(Buffer.byteLength(envelope(largest))).toBeLessThanOrEqual(argumentSizeLimit(method).bytes);
    const schema = apiInputs[method];
    const call = (dataBase64: string) => ({
      trainerToken: 't',
      fileName: 'a.png',
      dataBase64,
      ...(method === 'addImage' && { courseId: 'c' }),
    });
    expect(schema.safeParse(call(largest)).success).toBe(true);
    expect(schema.safeParse(call(`${largest}AAAA`)).success).toBe(false);
  });

  it('lets a full module through as text, even in a script of 3 bytes a character', () => {
    const module = '中'.repeat(limits.text.module);
    expect(
      Buffer.byteLength(
        JSON.stringify({ trainerToken: 'x'.repeat(200), courseId: 'c', file: 'modules/01-a.md', text: module, baseVersion: 'v' }),
      ),
    ).toBeLessThanOrEqual(argumentSizeLimit('saveModule').bytes);
    expect(
      apiInputs.saveModule.safeParse({ trainerToken: 't', courseId: 'c', file: 'm.md', text: module, baseVersion: null }).success,
    ).toBe(true);
    expect(
      apiInputs.saveModule.safeParse({ trainerToken: 't', courseId: 'c', file: 'm.md', text: `${module}x`, baseVersion: null }).success,
    ).toBe(false);
  });

  it('uses the same image limit where images are stored', () => {
    expect(MAX_IMAGE_BYTES).toBe(limits.files.image);
  });

  it('lets a pack hold what a pack import accepts', () => {
    expect(packLimits.maxTotalBytes).toBeGreaterThanOrEqual(limits.files.pack);
    expect(packLimits.maxEntryBytes).toBeGreaterThanOrEqual(limits.files.image);
  });

  it('names the limit in the sentence a too-large call gets', () => {
    expect(argumentSizeLimit('addImage').tooLarge).toContain('The image is larger than 10 MB');
    expect(argumentSizeLimit('inspectPack').tooLarge).toContain('The course pack is larger than 50 MB');
    expect(argumentSizeLimit('listLearners').tooLarge).toContain('larger than 8 MB');
    expect(argumentSizeLimit('toString').bytes).toBe(limits.textBodyBytes);
  });
});

describe('the docs state the figures', () => {
  const doc = (name: string) => readFile(new URL(`../../docs/${name}`, import.meta.url), 'utf8').then((text) => text.replace(/\s+/g, ' '));

  it.each([
    ['authoring.md', `up to ${formatMegabytes(limits.files.image)} each`],
    ['authoring.md', `A pack file is at most ${formatMegabytes(limits.files.pack)}`],
    ['authoring.md', `up to ${limits.text.title} characters`],
    ['course-format.md', `up to ${limits.text.module.toLocaleString('en-US')} characters`],
    ['progress-data.md', `up to ${limits.text.learnerName} characters for a name and ${limits.text.staffId} for a staff id`],
    ['records.md', `A records file of up to ${formatMegabytes(limits.files.recordsFile)} can be imported`],
  ])('%s says "%s"', async (name, phrase) => {
    expect(await doc(name)).toContain(phrase);
  });
});
