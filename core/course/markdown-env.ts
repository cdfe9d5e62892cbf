import type { DiagnosticSink, Location } from './diagnostics';

/**
 * What the course plugins need while rendering one module, passed as markdown-it's `env`.
 * Every field is optional so a plain `md.render(text)` (no env) still renders safely.
 */
export interface RenderEnv {
  /** Where safety and syntax problems are reported. */
  sink?: DiagnosticSink;
  /** 0-based file line of the Markdown text's first line (front matter comes before it). */
  lineOffset?: number;
  /** The Markdown text's lines, to find the column of a rejected link or image. */
  lines?: readonly string[];
  /** When rendering a YAML field (a quiz prompt...), every problem is reported here. */
  at?: Location;
  assetBaseUrl?: string;
  /** Whether a course-relative path is an existing file; omitted: not checked. */
  assetExists?: (coursePath: string) => boolean;
  /** Filled with every image path the text references (the compile cache re-checks them). */
  images?: Set<string>;
}

/**
 * Position of the first needle found within lines [from, to) of the Markdown, else the start of
 * line `from`. A needle given as [text, skip] points `skip` characters into the match.
 */
export function locate(
  env: RenderEnv,
  map: readonly [number, number] | null | undefined,
  needles: readonly (string | readonly [string, number])[],
): Location {
  if (env.at) return env.at;
  const offset = env.lineOffset ?? 0;
  const from = map?.[0] ?? 0;
  const to = map?.[1] ?? from + 1;
  const lines = env.lines ?? [];
  for (const entry of needles) {
    const [needle, skip] = typeof entry === 'string' ? [entry, 0] : entry;
    if (needle === '') continue;
    for (let i = from; i < to && i < lines.length; i++) {
      const column = (lines[i] ?? '').indexOf(needle);
      if (column >= 0) return { line: offset + i + 1, column: column + skip + 1 };
    }
  }
  const first = lines[from] ?? '';
  return { line: offset + from + 1, column: first.length - first.trimStart().length + 1 };
}
