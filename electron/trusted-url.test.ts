import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isAppUrl } from './trusted-url';

describe('isAppUrl', () => {
  it.each([
    ['app://course-studio/', true],
    ['app://course-studio/index.html#/learn', true],
    ['app://course-studio.evil.example/', false],
    ['app://evil@course-studio/', false],
    ['app://course-studio:80@evil/', false],
    ['file:///etc/passwd', false],
    ['http://course-studio/', false],
    ['https://example.com/', false],
    ['javascript:alert(1)', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('externalUrlToOpen', () => {
  it.each([
    ['https://example.com/post?x=1', 'https://example.com/post?x=1'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:trainer@example.com', 'mailto:trainer@example.com'],
    ['HTTPS://EXAMPLE.COM/', 'https://example.com/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///C:/Windows/System32/calc.exe', null],
    ['smb://evil/share', null],
    ['ms-msdt:/id PCWDiagnostic', null],
    ['vscode://file/etc/passwd', null],
    ['https://user:pass@example.com/', null],
    ['app://course-studio/', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(externalUrlToOpen(url)).toBe(expected);
  });
});
