import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** Where a block that is never closed stops, kept on its token for the diagnostic. */
export interface UnclosedEnd {
  /** 0-based line after the block's last line. */
  line: number;
  /** The `##` heading the block stopped before, if it stopped at one. */
  heading?: string;
  /** True when it ran to the end of the file (not of an enclosing block). */
  endOfFile: boolean;
}

const PAGE_HEADING = /^##(?:[ \t]|$)/;

/**
 * A `:::` block or quiz fence that is never closed would, by CommonMark's rule, take in the rest
 * of its container, and with it every later page. It stops instead before the next `##` heading
 * at its own indentation (a new page), so only the page it is on is affected.
 */
export function unclosedEnd(state: StateBlock, from: number, to: number): UnclosedEnd {
  for (let line = from; line < to; line++) {
    const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
    const indent = (state.sCount[line] ?? 0) - state.blkIndent;
    if (indent < 0 || indent >= 4) continue;
    const text = state.src.slice(start, state.eMarks[line] ?? start);
    if (PAGE_HEADING.test(text)) return { line, heading: text.trim(), endOfFile: false };
  }
  // markdown-it keeps one mark past the last line.
  return { line: to, endOfFile: to >= state.bMarks.length - 1 };
}

/** Words for what an unclosed block took in, e.g. "lines 4-6, up to the '## Page two' heading". */
export function describeUnclosed(firstLine: number, end: UnclosedEnd, lineOffset: number): string {
  const from = lineOffset + firstLine + 1;
  const span = `lines ${from}-${Math.max(from, lineOffset + end.line)}`;
  if (end.heading !== undefined) {
    const heading = end.heading.length > 40 ? `${end.heading.slice(0, 39)}…` : end.heading;
    return `${span}, up to the '${heading}' heading`;
  }
  return `${span}, ${end.endOfFile ? 'to the end of the file' : 'to the end of the block it is in'}`;
}
