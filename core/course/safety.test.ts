import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModuleSource } from './compile-module';
import { createMarkdown } from './markdown';
import { resolveImagePath, validateLink } from './link-policy';
import { toLearnerModule } from './learner-view';
import { seededRandom } from './random';

const fixture = readFileSync(new URL('./fixtures/xss.md', import.meta.url), 'utf8');

/**
 * Why `html` could run script, or undefined when it cannot. Attributes are read properly (quoted
 * values skipped) so an escaped `&quot; onmouseover=` inside a title is not mistaken for a handler.
 */
function executable(html: string): string | undefined {
  if (/<script/i.test(html)) return 'script element';
  for (const [, name = '', attributes = ''] of html.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/gi)) {
    if (/^(iframe|object|embed|svg|math|form|style|link|meta|base)$/i.test(name)) return `<${name}> element`;
    for (const [, attribute = '', value = ''] of attributes.matchAll(/\s([^\s=>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      if (/^on/i.test(attribute)) return `${attribute} attribute`;
      if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute) && /^\s*((javascript|data|vbscript|file):|\/\/)/i.test(value)) {
        return `${attribute}="${value}"`;
      }
    }
  }
  return undefined;
}

/** Every string anywhere inside a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

const md = createMarkdown({ assetBaseUrl: '/course-assets/test/' });
const payloads = fixture
  .split('\n\n')
  .slice(1)
  .filter((chunk) => chunk.trim() !== '');

describe('no course content can run script', () => {
  it.each(payloads)('renders %j harmlessly', (payload) => {
    expect(executable(md.render(payload))).toBeUndefined();
    expect(executable(md.renderInline(payload))).toBeUndefined();
  });

  it('the whole fixture module compiles to harmless HTML, including quiz fields and the learner view', () => {
    const { module, diagnostics } = compileModuleSource(fixture, 'fixtures/xss.md', { courseId: 'test', assetExists: () => true });
    const texts = [...strings(module), ...strings(toLearnerModule(module, seededRandom(1)))];
    expect(texts.filter((text) => executable(text) !== undefined)).toEqual([]);
    expect(texts.some((text) => text.includes('&lt;script&gt;'))).toBe(true);
    expect(module.quizzes).toHaveLength(1);
    // Each refused link or image is reported, with its real line.
    const codes = diagnostics.map((d) => `${d.line} ${d.code}`);
    expect(codes).toContain('13 link-rejected');
    expect(codes).toContain('51 image-path-rejected');
    expect(codes).toContain('53 image-path-rejected');
    expect(codes).toContain('55 image-path-rejected');
    expect(codes).toContain('57 image-path-rejected');
    expect(codes).toContain('59 image-path-rejected');
    expect(codes).toContain('61 image-path-rejected');
    expect(codes).toContain('63 image-path-rejected');
  });

  it('keeps allowed links and rewrites images to the asset URL', () => {
    expect(md.render('[a](https://example.com) [m](mailto:a@b.c) ![p](assets/my%20photo.png)')).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer">a</a> <a href="mailto:a@b.c" rel="noopener noreferrer">m</a> <img src="/course-assets/test/assets/my%20photo.png" alt="p"></p>\n',
    );
  });
});

describe('validateLink', () => {
  it.each([
    ['https://example.com', true],
    ['http://example.com', true],
    ['mailto:someone@example.com', true],
    ['assets/photo.png', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
    ['//evil.example', false],
    ['C:\\Windows', false],
    ['\\\\server\\share', false],
  ])('%s → %s', (url, allowed) => {
    expect(validateLink(url)).toBe(allowed);
  });
});

describe('resolveImagePath', () => {
  it.each([
    ['assets/photo.png', 'assets/photo.png'],
    ['./assets/photo.png', 'assets/photo.png'],
    ['assets/caf%C3%A9.png', 'assets/café.png'],
    ['../x.png', null],
    ['assets/../../x.png', null],
    ['%2e%2e/x.png', null],
    ['/etc/passwd', null],
    ['C:/x.png', null],
    ['assets%5C..%5Cx.png', null],
    ['https://evil.example/x.png', null],
    ['file:///etc/passwd', null],
    ['data:image/png;base64,AAAA', null],
    ['assets//x.png', null],
    ['assets/x.png?v=1', null],
    ['%E0%A4%A', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    const result = resolveImagePath(raw);
    expect(result.ok ? result.path : null).toBe(expected);
  });
});

describe('missing images', () => {
  it('reports an image that does not exist, at its line and column', () => {
    const result = compileModuleSource('---\ntitle: T\n---\nSee\n\n![gone](assets/gone.png)\n', 'modules/a.md', {
      assetExists: () => false,
    });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "6:9 image-missing image 'assets/gone.png' does not exist in the course folder",
    ]);
  });
});
