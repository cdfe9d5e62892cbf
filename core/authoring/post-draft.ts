import { QUIZ_FENCE } from '../course/plugins/quiz-fence';
import { scanFences } from './markdown-fences';
import { renderScalar } from './yaml-splice';

/**
 * The module draft both post importers produce: front matter with the title and a summary
 * placeholder, then the body. The draft is only text; the trainer reviews it in the editor and
 * adds it as a module (addModule with `text`).
 */

export interface PostDraft {
  title: string;
  /** The complete module file: front matter and Markdown body. */
  text: string;
}

export const SUMMARY_PLACEHOLDER = 'Describe this module in one sentence.';

export function assembleDraft(title: string, body: string): PostDraft {
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, 200) || 'Imported post';
  const text = [
    '---',
    `title: ${renderScalar(cleanTitle)}`,
    `summary: ${renderScalar(SUMMARY_PLACEHOLDER)}`,
    '---',
    '',
    tidyBody(body),
    '',
  ].join('\n');
  return { title: cleanTitle, text };
}

/**
 * Makes imported Markdown safe to drop into a module: a line that starts with `:::` or a code
 * fence would open a callout or a quiz block in the course format, so it is escaped; runs of
 * blank lines collapse to one. Fenced code blocks are kept exactly as they are (inside one, `:::`
 * is only text), except that a fence that would open a quiz loses its info word and stays code.
 */
export function tidyBody(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const fences = scanFences(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const fence = fences[i] ?? { kind: 'text' };
    if (fence.kind === 'code' || fence.kind === 'close') out.push(line);
    else if (fence.kind === 'open')
      out.push(fence.info.split(/\s+/)[0] === QUIZ_FENCE ? (/^\s*(`+|~+)/.exec(line)?.[0] ?? '```') : line.replace(/[ \t]+$/, ''));
    else {
      const text = line.replace(/[ \t]+$/, '').replace(/^(\s*)(:::|```|~~~)/, '$1\\$2');
      // One blank line between blocks is enough; more are the page's spacing, not content.
      if (text === '' && out.length > 0 && out[out.length - 1] === '' && fences[i - 1]?.kind === 'text') return;
      out.push(text);
    }
  });
  return out.join('\n').trim();
}
