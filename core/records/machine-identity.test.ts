import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../storage/testing/temp-dir';
import { loadMachineIdentity, machineFilePath } from './machine-identity';
import { testUuid } from './testing/fixtures';

const tempDir = useTempDirs();

describe('loadMachineIdentity', () => {
  it('generates the identity once and keeps it', async () => {
    const dataDir = await tempDir();
    const id = testUuid();
    const created = await loadMachineIdentity({ dataDir, randomId: () => id, hostname: () => 'FRONT-DESK' });
    expect(created).toEqual({ id, name: 'FRONT-DESK' });
    const again = await loadMachineIdentity({ dataDir, randomId: () => testUuid(), hostname: () => 'renamed' });
    expect(again).toEqual(created);
    expect(JSON.parse(await readFile(machineFilePath(dataDir), 'utf8'))).toEqual(created);
  });

  it.each([
    ['an empty host name', '   ', 'This computer'],
    ['a host name', ' laptop-7 ', 'laptop-7'],
  ])('names the machine from %s', async (_label, host, expected) => {
    expect((await loadMachineIdentity({ dataDir: await tempDir(), hostname: () => host })).name).toBe(expected);
  });

  it('replaces a damaged file with a new identity, keeping the damaged one aside', async () => {
    const dataDir = await tempDir();
    await loadMachineIdentity({ dataDir });
    await writeFile(machineFilePath(dataDir), 'garbage');
    const id = testUuid();
    expect((await loadMachineIdentity({ dataDir, randomId: () => id })).id).toBe(id);
  });
});
