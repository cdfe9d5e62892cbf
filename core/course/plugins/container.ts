import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { unclosedEnd, type UnclosedEnd } from './unclosed-end';

/**
 * `:::` containers, readable in any editor:
 *
 *     ::: tip Optional title
 *     Markdown content
 *     :::
 *
 * Written here rather than installed because we need one rule for all our names, the closing
 * state for diagnostics, and nothing else. To nest, the outer block uses more colons (`::::`),
 * as with code fences. Only names in `names` are recognised; any other `:::` line stays text.
 */

export interface ContainerMeta {
  name: string;
  /** Everything after the name on the opening line, trimmed. */
  params: string;
  /** False when the document ended before a closing `:::`. */
  closed: boolean;
  /** For a block never closed: where it stopped (before the next page, see unclosed-end.ts). */
  unclosed?: UnclosedEnd;
}

const COLON = 0x3a;

export function containerPlugin(md: MarkdownIt, names: ReadonlySet<string>): void {
  function container(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
    const max = state.eMarks[startLine] ?? 0;
    if (state.src.charCodeAt(start) !== COLON) return false;
    if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
    const afterMarker = state.skipChars(start, COLON);
    const markerCount = afterMarker - start;
    if (markerCount < 3) return false;
    const rest = state.src.slice(afterMarker, max).trim();
    const name = rest.split(/\s+/)[0] ?? '';
    if (!names.has(name)) return false;
    if (silent) return true;

    let nextLine = startLine;
    let closed = false;
    for (;;) {
      nextLine++;
      if (nextLine >= endLine) break;
      const pos = (state.bMarks[nextLine] ?? 0) + (state.tShift[nextLine] ?? 0);
      const lineMax = state.eMarks[nextLine] ?? 0;
      // A less indented non-empty line ends the enclosing list item, and this block with it.
      if (pos < lineMax && (state.sCount[nextLine] ?? 0) < state.blkIndent) break;
      if (state.src.charCodeAt(pos) !== COLON) continue;
      if ((state.sCount[nextLine] ?? 0) - state.blkIndent >= 4) continue;
      const end = state.skipChars(pos, COLON);
      if (end - pos < markerCount) continue;
      if (state.skipSpaces(end) < lineMax) continue;
      closed = true;
      break;
    }
    const unclosed = closed ? undefined : unclosedEnd(state, startLine + 1, nextLine);
    if (unclosed) nextLine = unclosed.line;

    const oldParent = state.parentType;
    const oldLineMax = state.lineMax;
    // 'container' is not in StateBlock's ParentType union, but markdown-it only compares it by value.
    state.parentType = 'container' as typeof state.parentType;
    state.lineMax = nextLine;
    const meta: ContainerMeta = { name, params: rest.slice(name.length).trim(), closed, ...(unclosed && { unclosed }) };
    const open = state.push('course_container_open', 'div', 1);
    open.markup = ':'.repeat(markerCount);
    open.block = true;
    open.info = name;
    open.meta = meta;
    open.map = [startLine, nextLine];
    state.md.block.tokenize(state, startLine + 1, nextLine);
    const close = state.push('course_container_close', 'div', -1);
    close.block = true;
    close.info = name;
    close.meta = meta;
    state.parentType = oldParent;
    state.lineMax = oldLineMax;
    state.line = nextLine + (closed ? 1 : 0);
    return true;
  }

  md.block.ruler.before('fence', 'course_container', container, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}

export type ContainerRenderer = (meta: ContainerMeta, opening: boolean, md: MarkdownIt) => string;

/** Renders our containers through per-name functions registered by the callout/compare/pool plugins. */
export function containerRenderers(md: MarkdownIt, renderers: ReadonlyMap<string, ContainerRenderer>): void {
  const render = (opening: boolean) => (tokens: Token[], index: number) => {
    const meta = tokens[index]?.meta as ContainerMeta;
    return renderers.get(meta.name)?.(meta, opening, md) ?? '';
  };
  md.renderer.rules['course_container_open'] = render(true);
  md.renderer.rules['course_container_close'] = render(false);
}
