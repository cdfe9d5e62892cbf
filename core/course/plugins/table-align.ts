import type MarkdownIt from 'markdown-it';
import type { RenderRule } from 'markdown-it/lib/renderer.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * markdown-it aligns table cells with `style="text-align:…"`, which the app's Content-Security-Policy
 * (`style-src 'self'`, no inline styles) refuses: the alignment is lost and the console fills with
 * violations. The cell gets a class instead (`align-left`, `align-center`, `align-right`), which the
 * player's stylesheet aligns.
 */
export function tableAlignPlugin(md: MarkdownIt): void {
  for (const rule of ['th_open', 'td_open'] as const) {
    const original: RenderRule =
      md.renderer.rules[rule] ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
    md.renderer.rules[rule] = (tokens, index, options, env, self) => {
      const token = tokens[index];
      if (token) alignByClass(token);
      return original(tokens, index, options, env, self);
    };
  }
}

function alignByClass(token: Token): void {
  const style = token.attrGet('style');
  if (style === null) return;
  token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
  const align = /^text-align:\s*(left|center|right)\s*;?$/.exec(style.trim())?.[1];
  if (align) token.attrJoin('class', `align-${align}`);
}
