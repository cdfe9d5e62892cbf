/**
 * Splits a module file into YAML front matter and Markdown body, keeping line numbers so that
 * positions in either part map back to the file.
 */

export interface ModuleParts {
  /** The YAML between the `---` lines, or null when the file has none. */
  frontMatter: string | null;
  /** 1-based file line of the front matter's first YAML line. */
  frontMatterLine: number;
  /** True when an opening `---` has no closing `---`. */
  unclosed: boolean;
  body: string;
  /** 0-based file line of the body's first line. */
  bodyLineOffset: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(source: string): ModuleParts {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const firstBreak = text.search(/\r?\n|\r/);
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  if (!OPEN.test(firstLine)) return { frontMatter: null, frontMatterLine: 1, unclosed: false, body: text, bodyLineOffset: 0 };
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i] ?? '')) {
      return {
        frontMatter: lines.slice(1, i).join('\n'),
        frontMatterLine: 2,
        unclosed: false,
        body: lines.slice(i + 1).join('\n'),
        bodyLineOffset: i + 1,
      };
    }
  }
  return { frontMatter: null, frontMatterLine: 2, unclosed: true, body: text, bodyLineOffset: 0 };
}
