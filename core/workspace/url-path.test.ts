import { describe, expect, it } from 'vitest';
import { urlPathToRelative } from './url-path';

describe('urlPathToRelative', () => {
  it.each([
    ['/assets/logo.png', 'assets/logo.png'],
    ['assets/a%20b.png', 'assets/a b.png'],
    ['/assets//logo.png', 'assets/logo.png'],
    ['/caf%C3%A9.png', 'café.png'],
    ['/../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/%2e%2e%2fetc%2fpasswd', null],
    ['/assets/%2e%2e%2f%2e%2e%2fsecret.png', null],
    ['/assets\\..\\secret', null],
    ['/assets%5c..%5csecret', null],
    ['/.env', null],
    ['/assets/.hidden/x.png', null],
    ['/a%00.png', null],
    ['/%E0%A4%A', null],
    ['/', null],
  ])('%s → %s', (urlPath, expected) => {
    expect(urlPathToRelative(urlPath)).toBe(expected);
  });
});
