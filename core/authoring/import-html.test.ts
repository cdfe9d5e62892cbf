import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModuleSource, createMarkdown } from '../course/index';
import { importHtml, isTrackingImage, shiftHeadings } from './import-html';

const hostile = readFileSync(new URL('./fixtures/hostile-post.html', import.meta.url), 'utf8');

describe('importHtml on a hostile page', () => {
  const draft = importHtml(hostile);
  const body = draft.text.slice(draft.text.indexOf('---', 3) + 3);

  it.each([
    'script',
    'alert',
    'evil',
    'onclick',
    'onload',
    'javascript',
    'iframe',
    'tracker',
    'google-analytics',
    'password',
    'Sign in',
    'data:',
    'user=12345',
    '<',
    'swf',
    'background',
  ])('drops %s', (needle) => {
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

/** The code blocks of the imported module as markdown-it reads them: language and exact text. */
function codeBlocks(html: string): { lang: string; code: string }[] {
  const { text } = importHtml(`<h1>Post</h1>${html}`);
  return createMarkdown()
    .parse(text, {})
    .filter((token) => token.type === 'fence' || token.type === 'code_block')
    .map((token) => ({ lang: token.info.trim(), code: token.content }));
}

describe('importHtml keeps code as fenced code blocks', () => {
  it.each([
    [
      'WordPress block editor',
      '<p>Set it up:</p>\n<pre class="wp-block-code"><code class="language-js">const a = 1;\nif (a &amp;&amp; b) {\n  console.log("x &lt; y");\n}</code></pre>\n<p>Done.</p>',
      [{ lang: 'js', code: 'const a = 1;\nif (a && b) {\n  console.log("x < y");\n}\n' }],
    ],
    [
      'GitHub rendered Markdown',
      '<div class="highlight highlight-source-python notranslate position-relative overflow-auto" dir="auto"><pre><span class="pl-k">def</span> <span class="pl-en">greet</span>(<span class="pl-s1">name</span>):\n    <span class="pl-k">return</span> <span class="pl-s">f"Hello, {name}"</span>\n\n\n<span class="pl-en">print</span>(<span class="pl-en">greet</span>(<span class="pl-s">"Ana"</span>))</pre></div>',
      [{ lang: 'python', code: 'def greet(name):\n    return f"Hello, {name}"\n\n\nprint(greet("Ana"))\n' }],
    ],
    [
      'a plain <pre> with <br> line breaks',
      '<pre>line one<br>  indented two<br>\tline three<br></pre>',
      [{ lang: '', code: 'line one\n  indented two\n\tline three\n' }],
    ],
    [
      'Prism on <pre> and <code>',
      '<pre class="language-bash"><code class="language-bash">npm ci\nnpm start</code></pre>',
      [{ lang: 'bash', code: 'npm ci\nnpm start\n' }],
    ],
    [
      'highlight.js',
      '<pre><code class="hljs language-typescript">let n: number = 1;</code></pre>',
      [{ lang: 'typescript', code: 'let n: number = 1;\n' }],
    ],
    [
      'Google Code Prettify',
      '<pre class="prettyprint lang-sql">SELECT *\n  FROM staff;</pre>',
      [{ lang: 'sql', code: 'SELECT *\n  FROM staff;\n' }],
    ],
    ['SyntaxHighlighter', '<pre class="brush: ruby; gutter: false">puts "hi"</pre>', [{ lang: 'ruby', code: 'puts "hi"\n' }]],
    [
      'Jekyll (Rouge)',
      '<div class="language-yaml highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="na">id</span><span class="pi">:</span> <span class="s">intro</span>\n</code></pre></div></div>',
      [{ lang: 'yaml', code: 'id: intro\n' }],
    ],
    [
      'code lines as <div>s',
      '<pre class="lang-js"><code><div class="line">a();</div><div class="line">  b();</div></code></pre>',
      [{ lang: 'js', code: 'a();\n  b();\n' }],
    ],
    [
      'code that itself holds a ``` fence',
      '<pre><code class="language-markdown">Write:\n```js\nx();\n```\n  ````\n</code></pre>',
      [{ lang: 'markdown', code: 'Write:\n```js\nx();\n```\n  ````\n' }],
    ],
    [
      'course syntax inside code stays code',
      '<pre><code>::: tip\n# not a page\n```quiz\nid: q\n```\n:::</code></pre>',
      [{ lang: '', code: '::: tip\n# not a page\n```quiz\nid: q\n```\n:::\n' }],
    ],
    [
      'a block inside a list item',
      '<ul><li>Run<pre><code class="language-sh">make\n\n\nmake test</code></pre></li></ul>',
      [{ lang: 'sh', code: 'make\n\n\nmake test\n' }],
    ],
  ])('%s', (_name, html, expected) => {
    expect(codeBlocks(html)).toEqual(expected);
  });

  it('gives the fence a longer run of backticks than any inside the code', () => {
    const { text } = importHtml('<h1>Post</h1><pre><code class="language-markdown">a\n```\nb\n</code></pre>');
    expect(text).toContain('````markdown\na\n```\nb\n````');
  });

  it('never lets a code block become a quiz, and the module compiles cleanly', () => {
    const html =
      '<h1>Post</h1><p>Text</p><pre><code class="language-quiz">id: q\ntype: true-false\nprompt: P\nanswer: true</code></pre><pre class="lang-evil` onload"><code>x</code></pre>';
    const result = compileModuleSource(importHtml(html).text, 'modules/01-imported.md', { courseId: 'x' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.module.quizzes).toEqual([]);
    expect(codeBlocks(html.slice('<h1>Post</h1>'.length))).toEqual([
      { lang: '', code: 'id: q\ntype: true-false\nprompt: P\nanswer: true\n' },
      { lang: '', code: 'x\n' },
    ]);
  });
});
