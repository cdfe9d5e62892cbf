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
  const text = ['---', `title: ${renderScalar(cleanTitle)}`, `summary: ${renderScalar(SUMMARY_PLACEHOLDER)}`, '---', '', tidyBody(body), ''].join('\n');
  return { title: cleanTitle, text };
}

/**
 * Makes imported Markdown safe to drop into a module: a line that starts with `:::` or a code
 * fence would open a callout or a quiz block in the course format, so it is escaped; runs of
 * blank lines collapse to one.
 */
export function tidyBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, '').replace(/^(\s*)(:::|```|~~~)/, '$1\\$2'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
