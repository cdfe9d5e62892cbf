import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModuleSource } from '../course/index';
import { importHtml, isTrackingImage, shiftHeadings } from './import-html';

const hostile = readFileSync(new URL('./fixtures/hostile-post.html', import.meta.url), 'utf8');

describe('importHtml on a hostile page', () => {
  const draft = importHtml(hostile);
  const body = draft.text.slice(draft.text.indexOf('---', 3) + 3);

  it.each(['script', 'alert', 'evil', 'onclick', 'onload', 'javascript', 'iframe', 'tracker', 'google-analytics', 'password', 'Sign in', 'data:', 'user=12345', '<', 'swf', 'background'])('drops %s', (needle) => {
    expect(body.toLowerCase()).not.toContain(needle.toLowerCase());
  });

  it('keeps the structure as Markdown', () => {
    expect(draft.title).toBe('Handling Complaints Well');
    expect(body).toContain('Most unhappy customers *never* complain; they just **leave**.');
    expect(body).toContain('## Listen first');
    expect(body).toContain('## Fix it fast');
    expect(body).toContain('### A detail');
    expect(body).toContain('[the research](https://example.com/research)');
    expect(body).toContain('[write to us](mailto:help@example.com)');
    expect(body).toContain('click me');
    expect(body).toMatch(/^-\s+Let them finish$/m);
    expect(body).toMatch(/^1\. {1,2}Apologise$/m);
    expect(body).toContain('*(Image: A complaint flow diagram)*');
    expect(body).not.toMatch(/^# /m);
  });

  it('compiles with no errors and no quiz or callout smuggled in', () => {
    const result = compileModuleSource(draft.text, 'modules/01-imported.md', { courseId: 'x' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.module.quizzes).toEqual([]);
    expect(result.module.pages.map((page) => page.title)).toEqual(['Handling Complaints Well', 'Listen first', 'Fix it fast']);
  });
});

describe('shiftHeadings', () => {
  it.each([
    ['# Title\n\ntext\n\n## Page', 'Title', '\ntext\n\n## Page'],
    ['# Other\n\ntext', 'Title', '## Other\n\ntext'],
    ['```\n# not a heading\n```', 'Title', '```\n# not a heading\n```'],
  ])('%j with title %j', (markdown, title, expected) => {
    expect(shiftHeadings(markdown, title)).toBe(expected);
  });
});

describe('isTrackingImage', () => {
  it.each([
    ['https://x.example/a.png', '1', '1', true],
    ['https://x.example/a.png', '0px', null, true],
    ['https://www.facebook.com/tr?id=1', null, null, true],
    ['https://x.example/photo.jpg', '640', '480', false],
  ])('%s %s×%s → %s', (src, width, height, expected) => {
    expect(isTrackingImage(src, width, height)).toBe(expected);
  });
});
