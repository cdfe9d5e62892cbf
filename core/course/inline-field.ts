import type MarkdownIt from 'markdown-it';
import type { RenderEnv } from './markdown-env';

/**
 * Text with none of these characters has no inline Markdown in it: no emphasis, code, link,
 * image, autolink, entity, escape or line break (html, linkify and typographer are off). Such
 * text renders to itself, HTML-escaped, so it needs no trip through markdown-it's parser.
 */
const MARKUP = /[\\`*_~[\]!<&\n\r\0]/;

/**
 * Renders a trainer's short text field (a quiz prompt, a choice) as inline Markdown. Most fields
 * are plain words, and a compile renders thousands of them, hence the shortcut.
 */
export function renderField(md: MarkdownIt, text: string, env: RenderEnv): string {
  return MARKUP.test(text) ? md.renderInline(text, env) : md.utils.escapeHtml(text);
}
