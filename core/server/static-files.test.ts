import { describe, expect, it } from 'vitest';
import { attachment, contentTypeFor, resolveInside } from './static-files';

describe('resolveInside', () => {
  const root = '/srv/app';
  it.each([
    ['/index.html', '/srv/app/index.html'],
    ['/assets/main-abc.js', '/srv/app/assets/main-abc.js'],
    ['assets/a%20b.png', '/srv/app/assets/a b.png'],
    ['/../etc/passwd', null],
    ['/assets/../../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/%2e%2e%2fetc%2fpasswd', null],
    ['/assets\\..\\..\\secret', null],
    ['/.env', null],
    ['/assets/.hidden/x.js', null],
    ['/a%00.js', null],
    ['/%E0%A4%A', null],
    ['/', null],
  ])('%s → %s', (urlPath, expected) => {
    expect(resolveInside(root, urlPath)).toBe(expected);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['x.JS', 'text/javascript; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('attachment', () => {
  it.each([
    ['records.csv', 'attachment; filename="records.csv"; filename*=UTF-8\'\'records.csv'],
    ['Zoë "quoted".pdf', 'attachment; filename="Zo_ _quoted_.pdf"; filename*=UTF-8\'\'Zo%C3%AB%20%22quoted%22.pdf'],
  ])('%s', (name, header) => {
    expect(attachment(name)).toBe(header);
  });
});
