import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { RenderEnv } from './markdown-env';
import type { Block, Page } from './model';
import type { ContainerMeta } from './plugins/container';

/** What the page builder asks the compiler to do with the quiz-bearing tokens it meets. */
export interface BlockHandlers {
  /** A top-level quiz fence; returns the quiz id, or undefined when the quiz is unusable. */
  quiz(token: Token): string | undefined;
  /** A top-level pool: its opening token and the tokens inside it; returns the pool id if usable. */
  pool(open: Token, inner: Token[]): string | undefined;
  /** A quiz fence or pool somewhere it cannot be played (inside a list, quote, callout...). */
  misplaced(token: Token): void;
}

/**
 * Splits a module's tokens into pages: each top-level `##` heading starts a page titled by it;
 * anything before the first one is an intro page titled with the module title, if it has content.
 * Within a page, HTML runs are rendered together and quizzes/pools become references.
 */
export function buildPages(
  tokens: Token[],
  md: MarkdownIt,
  env: RenderEnv,
  introTitle: string,
  handlers: BlockHandlers,
  lineOffset = 0,
): Page[] {
  const pages: Page[] = [];
  let start = 0;
  let title = introTitle;
  let intro = true;
  let line = lineOffset + 1;
  const flush = (end: number) => {
    const blocks = pageBlocks(tokens.slice(start, end), md, env, handlers);
    // The intro page exists only when there is something before the first heading;
    // a heading followed by nothing still makes a (blank) page.
    if (!intro || blocks.length > 0) pages.push({ title, line, blocks });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === 'heading_open' && token.tag === 'h2' && token.level === 0) {
      flush(i);
      line = lineOffset + (token.map?.[0] ?? 0) + 1;
      const inline = tokens[i + 1];
      title = inline?.children ? md.renderer.renderInlineAsText(inline.children, md.options, env).trim() : '';
      intro = false;
      // Skip heading_open, inline, heading_close: the player shows the page title itself.
      i += 2;
      start = i + 1;
    }
  }
  flush(tokens.length);
  return pages;
}

function pageBlocks(tokens: Token[], md: MarkdownIt, env: RenderEnv, handlers: BlockHandlers): Block[] {
  const blocks: Block[] = [];
  let htmlStart = 0;
  const flushHtml = (end: number) => {
    if (end > htmlStart) {
      const html = md.renderer.render(tokens.slice(htmlStart, end), md.options, env);
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'html') last.html += html;
      else if (html.trim() !== '') blocks.push({ kind: 'html', html });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'course_quiz') {
      if (token.level !== 0) {
        handlers.misplaced(token);
        continue;
      }
      flushHtml(i);
      const quizId = handlers.quiz(token);
      if (quizId) blocks.push({ kind: 'quiz', quizId });
      htmlStart = i + 1;
    } else if (token.type === 'course_container_open' && (token.meta as ContainerMeta).name === 'pool') {
      const end = closingIndex(tokens, i);
      if (token.level !== 0) {
        handlers.misplaced(token);
        continue;
      }
      flushHtml(i);
      const poolId = handlers.pool(token, tokens.slice(i + 1, end));
      if (poolId) blocks.push({ kind: 'pool', poolId });
      i = end;
      htmlStart = end + 1;
    }
  }
  flushHtml(tokens.length);
  return blocks;
}

function closingIndex(tokens: Token[], open: number): number {
  const level = tokens[open]?.level;
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === 'course_container_close' && token.level === level) return i;
  }
  return tokens.length - 1;
}
