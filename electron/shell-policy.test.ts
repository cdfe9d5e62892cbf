import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, developerToolsAllowed, permissionAllowed } from './shell-policy';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('developerToolsAllowed', () => {
  it.each([
    [{ isPackaged: true }, false],
    [{ isPackaged: false }, true],
  ])('%j → %s', (build, allowed) => {
    expect(developerToolsAllowed(build)).toBe(allowed);
  });
});

describe('applicationMenuTemplate', () => {
  it.each([
    { developerTools: false, isMac: false },
    { developerTools: false, isMac: true },
  ])('has no way to the developer tools in a shipped build ($isMac)', (options) => {
    const menu = roles(applicationMenuTemplate({ ...options, productName: 'Course Studio' }));
    expect(menu).not.toContain('toggleDevTools');
    expect(menu.map((role) => role.toLowerCase())).not.toContain('toggledevtools');
    // The rest of the View menu stays.
    expect(menu).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('offers the developer tools in a development build', () => {
    expect(roles(applicationMenuTemplate({ developerTools: true, isMac: false, productName: 'Course Studio' }))).toContain(
      'toggleDevTools',
    );
  });

  it('adds the app menu on macOS only', () => {
    expect(roles(applicationMenuTemplate({ developerTools: false, isMac: true, productName: 'Course Studio' }))).toContain('appMenu');
    expect(roles(applicationMenuTemplate({ developerTools: false, isMac: false, productName: 'Course Studio' }))).not.toContain('appMenu');
  });
});

describe('permissionAllowed (requests and checks)', () => {
  it.each([
    ['media', 'app://course-studio/index.html'],
    ['geolocation', 'app://course-studio/'],
    ['notifications', 'app://course-studio/'],
    ['clipboard-read', 'app://course-studio/'],
    ['clipboard-sanitized-write', 'https://evil.example/'],
    ['fullscreen', 'https://evil.example/'],
    ['openExternal', 'app://course-studio/'],
    ['pointerLock', 'app://course-studio/'],
    ['hid', 'app://course-studio/'],
    ['serial', 'app://course-studio/'],
    ['usb', 'app://course-studio/'],
    ['midiSysex', 'app://course-studio/'],
    ['display-capture', 'app://course-studio/'],
    ['idle-detection', 'app://course-studio/'],
    ['storage-access', 'app://course-studio/'],
    ['fileSystem', 'app://course-studio/'],
    ['unknown-future-permission', 'app://course-studio/'],
    ['media', 'file:///etc/passwd'],
    ['media', ''],
    ['media', undefined],
  ])('denies %s for %s', (permission, url) => {
    expect(permissionAllowed(permission, url)).toBe(false);
  });
});
