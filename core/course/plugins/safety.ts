import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { defaultAssetBaseUrl, imageUrl, isAllowedLink, resolveImagePath, validateLink } from '../link-policy';
import { locate, type RenderEnv } from '../markdown-env';

/**
 * Applies link-policy.ts to everything markdown-it parses, and reports what it refuses.
 *
 * - validateLink refuses URLs with a scheme other than http/https/mailto, so markdown-it never
 *   makes a link or image of them. validateLink gets no env, so while inline parsing runs we keep
 *   the current env and line in a closure (parsing is synchronous) to place a diagnostic.
 * - Links to relative paths become plain text (a course has no pages to link to).
 * - Images are resolved against the course folder and rewritten to the asset URL.
 */
export function safetyPlugin(md: MarkdownIt, defaults: { assetBaseUrl?: string }): void {
  let active: { env: RenderEnv; map: [number, number] | null } | undefined;

  md.validateLink = (url: string) => {
    const ok = validateLink(url);
    if (!ok && active?.env.sink) reportRefused(url, active.env, active.map);
    return ok;
  };

  md.core.ruler.at('inline', (state: StateCore) => {
    const env = (state.env ?? {}) as RenderEnv;
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue;
      active = { env, map: token.map };
      try {
        state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
      } finally {
        active = undefined;
      }
    }
  });

  md.core.ruler.after('inline', 'course_safety', (state: StateCore) => {
    const env = (state.env ?? {}) as RenderEnv;
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) token.children = policeInline(token.children, token.map, env, defaults);
    }
  });

  // Belt and braces: whatever produced the token, a disallowed href never reaches the HTML.
  const renderLinkOpen = md.renderer.rules['link_open'] ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules['link_open'] = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (token && !isAllowedLink(token.attrGet('href') ?? '')) token.attrs = null;
    return renderLinkOpen(tokens, index, options, env, self);
  };
}

/** A URL validateLink refused: an image gets an error (it will be missing), a link a warning. */
function reportRefused(url: string, env: RenderEnv, map: [number, number] | null): void {
  const decoded = safeDecode(url);
  // The written form may differ (escapes, entities); the scheme alone usually still matches.
  const scheme = decoded.slice(0, decoded.indexOf(':') + 1);
  const at = locate(env, map, [url, decoded, scheme]);
  const before = env.at ? '' : (env.lines?.[at.line - 1 - (env.lineOffset ?? 0)] ?? '').slice(0, at.column - 1);
  if (/!\[[^\]]*\]\(\s*<?$/.test(before)) {
    const resolved = resolveImagePath(url);
    const reason = resolved.ok ? 'is not allowed' : resolved.reason;
    env.sink?.error('image-path-rejected', at, `image '${shorten(decoded)}' ${reason}`);
  } else {
    env.sink?.warning(
      'link-rejected',
      at,
      `'${shorten(decoded)}' is not allowed and shows as plain text: links may only use http, https or mailto`,
    );
  }
}

function policeInline(children: Token[], map: [number, number] | null, env: RenderEnv, defaults: { assetBaseUrl?: string }): Token[] {
  const result: Token[] = [];
  // Stack of "was this link_open kept?" so the matching link_close is kept or dropped with it.
  const linkKept: boolean[] = [];
  for (const token of children) {
    if (token.type === 'link_open') {
      const href = token.attrGet('href') ?? '';
      const kept = isAllowedLink(href);
      linkKept.push(kept);
      if (kept) {
        token.attrSet('rel', 'noopener noreferrer');
        result.push(token);
      } else {
        env.sink?.warning(
          'link-rejected',
          locate(env, map, [[`](${safeDecode(href)}`, 2], safeDecode(href)]),
          `the link to '${shorten(safeDecode(href))}' shows as plain text: links may only go to http, https or mailto addresses`,
        );
      }
    } else if (token.type === 'link_close') {
      if (linkKept.pop()) result.push(token);
    } else if (token.type === 'image') {
      result.push(policeImage(token, map, env, defaults));
    } else {
      result.push(token);
    }
  }
  return result;
}

function policeImage(token: Token, map: [number, number] | null, env: RenderEnv, defaults: { assetBaseUrl?: string }): Token {
  const src = token.attrGet('src') ?? '';
  const decoded = safeDecode(src);
  const at = () => locate(env, map, [[`](${decoded}`, 2], [`](${src}`, 2], decoded, src]);
  const resolved = resolveImagePath(src);
  if (!resolved.ok) {
    env.sink?.error('image-path-rejected', at(), `image '${shorten(decoded)}' ${resolved.reason}`);
    token.type = 'text';
    token.tag = '';
    token.attrs = null;
    token.children = null;
    return token;
  }
  env.images?.add(resolved.path);
  if (env.assetExists && !env.assetExists(resolved.path)) {
    env.sink?.error('image-missing', at(), `image '${resolved.path}' does not exist in the course folder`);
  }
  const base = env.assetBaseUrl ?? defaults.assetBaseUrl ?? defaultAssetBaseUrl('course');
  token.attrSet('src', imageUrl(base, resolved.path));
  return token;
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
