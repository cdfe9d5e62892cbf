import { describe, expect, it } from 'vitest';
import { checkArgument } from './argument-check';
import { argumentSizeLimit, limits } from './limits';

const MB = 1024 * 1024;
const { depth, keys, items } = limits.json;

function nestedLists(levels: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < levels; level += 1) value = [value];
  return value;
}

describe('checkArgument (the IPC handler applies it before dispatch)', () => {
  it.each([
    ['no argument', 'listLearners', undefined],
    ['an empty object', 'listLearners', {}],
    [
      'a real call',
      'queryRecords',
      { trainerToken: 't', query: { filters: { statuses: ['passed'] }, sort: { key: 'learnerName', direction: 'asc' } } },
    ],
    ['a field left undefined', 'addLearner', { name: 'Ana', staffId: undefined }],
    [`${depth} levels`, 'listLearners', nestedLists(depth)],
    [`${keys} fields`, 'listLearners', Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i]))],
    [`${items} list items`, 'listLearners', { x: new Array(items).fill(0) }],
    [
      'a 9.9 MB image as base64',
      'addImage',
      { trainerToken: 't', courseId: 'c', fileName: 'a.png', dataBase64: 'A'.repeat(Math.ceil((9.9 * MB) / 3) * 4) },
    ],
    [
      'a 10 MB image as base64',
      'addImage',
      { trainerToken: 't', courseId: 'c', fileName: 'a.png', dataBase64: 'A'.repeat(Math.ceil((10 * MB) / 3) * 4) },
    ],
    ['a 2,000,000-character module in another script', 'saveModule', { text: '中'.repeat(limits.text.module) }],
  ])('lets %s through', (_case, method, argument) => {
    expect(checkArgument(method, argument)).toBeNull();
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;

  it.each([
    [`${depth + 1} levels`, 'listLearners', nestedLists(depth + 1), `${depth} levels`],
    ['a cycle', 'listLearners', cyclic, `${depth} levels`],
    ['300,000 fields', 'listLearners', Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, i])), '1,000 fields'],
    ['fields spread over many objects', 'listLearners', { list: Array.from({ length: keys + 1 }, () => ({ a: 1 })) }, '1,000 fields'],
    [`${items + 1} list items`, 'listLearners', { x: new Array(items + 1).fill(0) }, '10,000 list items'],
    ['a sparse list of a billion items', 'listLearners', { x: new Array(1_000_000_000) }, '10,000 list items'],
    ['an 11 MB image as base64', 'addImage', { dataBase64: 'A'.repeat(Math.ceil((11 * MB) / 3) * 4) }, 'larger than 10 MB'],
    ['9 MB of text for a method that takes no file', 'listLearners', { junk: 'x'.repeat(9 * MB) }, 'larger than 8 MB'],
    ['a Map', 'listLearners', { x: new Map([[1, 2]]) }, 'other than text, numbers, lists and fields'],
    ['bytes', 'addImage', { dataBase64: new Uint8Array(16) }, 'other than text, numbers, lists and fields'],
    ['a date', 'listLearners', new Date(0), 'other than text, numbers, lists and fields'],
  ])('refuses %s with a sentence naming the limit', (_case, method, argument, named) => {
    const refusal = checkArgument(method, argument);
    expect(refusal?.code).toBe('bad-request');
    expect(refusal?.message).toContain(named);
  });

  it('measures the same size the HTTP host caps a body at', () => {
    const limit = argumentSizeLimit('addImage').bytes;
    const envelope = { trainerToken: 't', courseId: 'c', fileName: 'a.png', dataBase64: '' };
    const room = limit - Buffer.byteLength(JSON.stringify(envelope));
    expect(checkArgument('addImage', { ...envelope, dataBase64: 'A'.repeat(room) })).toBeNull();
    expect(checkArgument('addImage', { ...envelope, dataBase64: 'A'.repeat(room + 1) })).not.toBeNull();
  });
});
