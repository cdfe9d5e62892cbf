import { QUIZ_FENCE } from '../course/plugins/quiz-fence';
import { fenceFor } from './markdown-fences';

/**
 * A `<pre>` in an HTML post → a fenced code block with its language. Turndown's own rule only
 * knows `<pre><code class="language-x">` and reads textContent, so plain `<pre>` blocks became
 * paragraphs and `<br>` line breaks were lost; blogs write code in many shapes:
 *
 * - WordPress: `<pre class="wp-block-code"><code class="language-js">`
 * - GitHub: `<div class="highlight highlight-source-python"><pre>` with coloured spans
 * - Jekyll (Rouge): `<div class="language-yaml highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`
 * - Prettify `class="prettyprint lang-sql"`, SyntaxHighlighter `class="brush: ruby"`,
 *   pandoc `class="sourceCode python"`, `data-lang` / `data-language` attributes
 */

/** The little of a DOM node (from Turndown's parser) this reads; core/ has no DOM types. */
export interface CodeNode {
  nodeName: string;
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<CodeNode>;
  parentNode: CodeNode | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements some highlighters wrap each line of code in. */
const LINE_ELEMENTS = new Set(['DIV', 'P', 'LI', 'TR']);
/** How far above the `<pre>` a wrapper may name the language (Rouge puts it two levels up). */
const ANCESTORS_SEARCHED = 3;

/** The Markdown for one `<pre>`, or '' when it holds no code. `skip` names elements to leave out. */
export function codeBlockMarkdown(pre: CodeNode, skip: (node: CodeNode) => boolean): string {
  const code = codeText(pre, skip)
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\s+$/, '');
  if (code === '') return '';
  const fence = fenceFor(code);
  return `\n\n${fence}${codeLanguage(pre)}\n${code}\n${fence}\n\n`;
}

/** The code as it reads on the page: text, `<br>` as a line break, one line per line element. */
function codeText(node: CodeNode, skip: (node: CodeNode) => boolean): string {
  let text = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType !== ELEMENT_NODE || skip(child)) continue;
    else if (child.nodeName === 'BR') text += '\n';
    else {
      text += codeText(child, skip);
      if (LINE_ELEMENTS.has(child.nodeName) && !text.endsWith('\n')) text += '\n';
    }
  }
  return text;
}

/** The language named on the `<pre>`, its `<code>`, or a wrapper around it; '' when none is. */
export function codeLanguage(pre: CodeNode): string {
  const code = Array.from(pre.childNodes).find((child) => child.nodeName === 'CODE');
  const candidates: CodeNode[] = [pre, ...(code ? [code] : [])];
  for (let parent = pre.parentNode, i = 0; parent && i < ANCESTORS_SEARCHED; parent = parent.parentNode, i++) candidates.push(parent);
  for (const node of candidates) {
    const named = languageOf(node);
    if (named !== undefined) return safeLanguage(named);
  }
  return '';
}

function languageOf(node: CodeNode): string | undefined {
  const attribute = (name: string) => node.getAttribute?.(name)?.trim() || undefined;
  const data = attribute('data-lang') ?? attribute('data-language');
  if (data) return data;
  const className = attribute('class') ?? '';
  const brush = /(?:^|\s)brush:\s*([^;\s]+)/.exec(className)?.[1];
  if (brush) return brush;
  const classes = className.split(/\s+/);
  for (const name of classes) {
    const match = /^(?:language-|lang-)(.+)$/.exec(name) ?? /^highlight-(?:source|text)-([^-]+)/.exec(name);
    if (match?.[1]) return match[1];
  }
  if (classes.includes('sourceCode')) return classes.find((name) => name !== '' && name !== 'sourceCode');
  return undefined;
}

/**
 * A language word that can stand in a fence's info string: letters, digits and `+#._-` only (a
 * backtick or space would end or break the fence), and never `quiz`, which would make the code a
 * question.
 */
function safeLanguage(name: string): string {
  const word = name.toLowerCase();
  return /^[a-z0-9][a-z0-9+#._-]{0,30}$/.test(word) && word !== QUIZ_FENCE ? word : '';
}
