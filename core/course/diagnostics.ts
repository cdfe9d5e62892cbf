/**
 * Diagnostics: what the engine says about course content. Every problem a trainer can fix is a
 * Diagnostic with a code (for programs), a sentence (for people), and the real file:line:column.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable machine code, e.g. `unknown-key`; see docs/course-format.md for the list. */
  code: string;
  /** Path relative to the course folder, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  message: string;
  /** The wording of the tool underneath (e.g. the YAML parser), for whoever wants the original; the message says it for trainers. */
  detail?: string;
}

/** A position inside one file, 1-based. */
export interface Location {
  line: number;
  column: number;
}

/** Collects diagnostics for one file so callers only name the position. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  constructor(readonly file: string) {}

  error(code: string, at: Location, message: string, detail?: string): void {
    this.add({
      code,
      file: this.file,
      line: at.line,
      column: at.column,
      severity: 'error',
      message,
      ...(detail !== undefined && { detail }),
    });
  }

  warning(code: string, at: Location, message: string, detail?: string): void {
    this.add({
      code,
      file: this.file,
      line: at.line,
      column: at.column,
      severity: 'warning',
      message,
      ...(detail !== undefined && { detail }),
    });
  }

  // markdown-it may validate the same URL twice while it tries alternative parses; say it once.
  private add(diagnostic: Diagnostic): void {
    const same = (d: Diagnostic) =>
      d.line === diagnostic.line && d.column === diagnostic.column && d.code === diagnostic.code && d.message === diagnostic.message;
    if (!this.items.some(same)) this.items.push(diagnostic);
  }
}

/** `modules/02-pitch.md:41:5 error: ...` — the compiler-style line editors can jump to. */
export function formatDiagnostic(d: Diagnostic, file: string = d.file): string {
  return `${file}:${d.line}:${d.column} ${d.severity}: ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders by file (in the order files were first seen), then line, then column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  return [...diagnostics].sort(
    (a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line || a.column - b.column,
  );
}

/** The known word closest to `word`, if it is close enough to be a plausible typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A third of the word's length catches `pasmark`/`pass-mark` without suggesting `id` for `title`.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
