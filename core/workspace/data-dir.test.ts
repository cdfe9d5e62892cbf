import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './data-dir';

describe('defaultDataDir', () => {
  it.each([
    { platform: 'linux', home: '/home/ana', env: {}, expected: '/home/ana/.config/Course Studio' },
    { platform: 'linux', home: '/home/ana', env: { XDG_CONFIG_HOME: '/xdg' }, expected: '/xdg/Course Studio' },
    { platform: 'linux', home: '/home/ana', env: { XDG_CONFIG_HOME: '' }, expected: '/home/ana/.config/Course Studio' },
    { platform: 'darwin', home: '/Users/ana', env: {}, expected: '/Users/ana/Library/Application Support/Course Studio' },
  ] as const)('$platform with $env → $expected', ({ platform, home, env, expected }) => {
    expect(defaultDataDir({ platform, home, env })).toBe(expected);
  });

  it('uses APPDATA on Windows', () => {
    const dir = defaultDataDir({ platform: 'win32', home: 'C:\\Users\\ana', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' } });
    expect(dir.endsWith('Course Studio')).toBe(true);
    expect(dir.startsWith('C:\\Users\\ana\\AppData\\Roaming')).toBe(true);
  });
});
