/**
 * Which lines of imported Markdown belong to fenced code blocks. The importers rewrite lines
 * (escape course syntax, turn `#` headings into pages, collapse blank lines) and must leave code
 * exactly as it is. Follows CommonMark's fence rules: a fence is three or more backticks or
 * tildes, closed by a line of the same character at least as long; a backtick fence's info string
 * may not contain a backtick. Indentation is not limited, so fences inside list items count.
 */

export type FenceLine = { kind: 'text' } | { kind: 'open'; info: string } | { kind: 'code' } | { kind: 'close' };

const OPEN = /^\s*(`{3,}|~{3,})(.*)$/;

export function scanFences(lines: readonly string[]): FenceLine[] {
  let open: { char: string; length: number } | undefined;
  return lines.map((line): FenceLine => {
    if (open) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line)?.[1];
      if (close && close[0] === open.char && close.length >= open.length) {
        open = undefined;
        return { kind: 'close' };
      }
      return { kind: 'code' };
    }
    const fence = OPEN.exec(line);
    const marker = fence?.[1];
    const info = fence?.[2] ?? '';
    if (!marker || (marker[0] === '`' && info.includes('`'))) return { kind: 'text' };
    open = { char: marker[0] ?? '`', length: marker.length };
    return { kind: 'open', info: info.trim() };
  });
}

/** A run of backticks longer than any in `code` (at least three), so the code cannot close it. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
