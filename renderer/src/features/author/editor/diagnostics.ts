import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../../../../../core/api/author-types';

/** The engine's 1-based line:column → an editor range from there to the end of the word (or line). */
export function toEditorDiagnostics(doc: Text, diagnostics: Diagnostic[]): CmDiagnostic[] {
  return diagnostics.map((d) => {
    const { from, to } = rangeAt(doc, d.line, d.column);
    return { from, to, severity: d.severity, message: d.message, source: d.code };
  });
}

export function rangeAt(doc: Text, line: number, column: number): { from: number; to: number } {
  // The diagnostics may describe text a few keystrokes old: clamp, never throw.
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const from = Math.min(target.from + Math.max(column - 1, 0), target.to);
  const rest = doc.sliceString(from, target.to);
  const word = /^\S+/.exec(rest)?.[0].length ?? 0;
  return { from, to: word > 0 ? from + word : target.to };
}

/** The page holding `line`: the last one that starts at or before it (the intro page before any). */
export function pageAtLine(pages: { line: number }[], line: number): number {
  let found = 0;
  pages.forEach((page, index) => {
    if (page.line <= line) found = index;
  });
  return found;
}
