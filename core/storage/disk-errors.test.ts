import { describe, expect, it } from 'vitest';
import { dataFolder, diskErrorMeaning, writeFailureReason, type DiskPlace } from './disk-errors';

const failure = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const exportFolder: DiskPlace = { folder: 'the folder', access: 'write there' };

describe('the disk-error sentences', () => {
  it.each([
    ['ENOSPC', 'the disk is full', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up', 'the disk quota is used up'],
    ['EROFS', 'the data folder is on a read-only disk', 'the folder is on a read-only disk'],
    ['EACCES', 'Course Studio is not allowed to write to the data folder', 'Course Studio is not allowed to write there'],
    ['EPERM', 'Course Studio is not allowed to write to the data folder', 'Course Studio is not allowed to write there'],
    ['EBUSY', 'another program is holding the file open', 'another program is holding the file open'],
    ['EMFILE', 'too many files are open on this computer', 'too many files are open on this computer'],
    ['ENFILE', 'too many files are open on this computer', 'too many files are open on this computer'],
    ['EIO', 'the disk reported a read or write error', 'the disk reported a read or write error'],
    ['ENOENT', 'the data folder does not exist', 'the folder does not exist'],
    ['EXDEV', 'the file could not be written (EXDEV)', 'the file could not be written (EXDEV)'],
  ])('%s: a save says "%s", an export "%s"', (code, save, exported) => {
    expect(writeFailureReason(failure(code), dataFolder)).toBe(save);
    expect(writeFailureReason(failure(code), exportFolder)).toBe(exported);
  });

  it('has no meaning for an error that is not the file system’s, and says so when writing', () => {
    expect(diskErrorMeaning(new Error('boom'))).toBeUndefined();
    expect(writeFailureReason(new Error('boom'))).toBe('the file could not be written');
  });
});
