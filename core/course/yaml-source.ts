import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { DiagnosticSink, Location } from './diagnostics';
import { aliasMessage, findAliasProblem, MAX_ALIAS_EXPANSION } from './yaml-aliases';
import { capitalised, explainYamlError, theFragment } from './yaml-messages';

/** Where a YAML fragment sits in its file, so positions inside it map to real file positions. */
export interface Placement {
  /** 1-based line in the file of the fragment's first line. */
  firstLine: number;
  /** Columns to add on a fragment line (0-based index), e.g. for a quiz fence inside a list item. */
  columnOffset?: (fragmentLine: number) => number;
}

export type YamlPath = readonly (string | number)[];

/** A parsed YAML fragment that can say where any of its values came from. */
export interface YamlSource {
  /** The plain data (undefined when the YAML did not parse). */
  value: unknown;
  /** False when the YAML had syntax errors (already reported). */
  ok: boolean;
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  at(path: YamlPath): Location;
  /** Position of the key (not the value) at `path`, falling back to `at`. */
  keyAt(path: YamlPath): Location;
  /** Whether a value exists at `path`. */
  has(path: YamlPath): boolean;
}

/** The positional parse of a fragment, and a way to turn its offsets into file positions. */
export function parsePlaced(text: string, placement: Placement): { doc: Document; locate: (offset: number) => Location } {
  const lineCounter = new LineCounter();
  // prettyErrors off: we place errors ourselves, the pretty form would repeat the position.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: placement.firstLine + line - 1, column: col + (placement.columnOffset?.(line - 1) ?? 0) };
  };
  return { doc, locate };
}

/**
 * Parses YAML, reporting syntax errors as `yaml-syntax` diagnostics at their real file position,
 * in a trainer's words with the parser's own as the detail. `what` names the fragment in
 * messages ("front matter", "quiz").
 */
export function parseYaml(text: string, placement: Placement, sink: DiagnosticSink, what: string): YamlSource {
  const { doc, locate } = parsePlaced(text, placement);
  // yaml often reports one mistake several times on its line; the first says it best.
  const reportedLines = new Set<number>();
  for (const error of doc.errors) {
    const at = locate(error.pos[0]);
    if (reportedLines.has(at.line)) continue;
    reportedLines.add(at.line);
    sink.error('yaml-syntax', at, explainYamlError(error.code, error.message, lineAt(text, error.pos[0]), what), sentence(error.message));
  }
  for (const warning of doc.warnings) {
    sink.warning(
      'yaml-warning',
      locate(warning.pos[0]),
      `${capitalised(theFragment(what))} uses YAML that course files do not need here; write plain "key: value" lines`,
      sentence(warning.message),
    );
  }
  let value: unknown;
  // Aliases are checked first, so a "billion laughs" is reported at the alias that blows it up.
  const aliasProblem = doc.errors.length === 0 && text.includes('*') ? findAliasProblem(doc) : undefined;
  if (aliasProblem) {
    sink.error('yaml-syntax', locate(aliasProblem.offset), aliasMessage(aliasProblem, what));
  } else if (doc.errors.length === 0) {
    try {
      // The check above bounds what aliases add; maxAliasCount is the library's own net under it.
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    } catch (error) {
      sink.error(
        'yaml-syntax',
        locate(0),
        `${capitalised(theFragment(what))} could not be read as YAML; write plain "key: value" lines`,
        sentence(String((error as Error).message)),
      );
    }
  }
  const start = locate(0);
  return {
    value,
    ok: doc.errors.length === 0 && value !== undefined,
    at: (path) => nodeStart(doc, path, false, locate) ?? start,
    keyAt: (path) => nodeStart(doc, path, true, locate) ?? nodeStart(doc, path, false, locate) ?? start,
    has: (path) => doc.errors.length === 0 && doc.hasIn(path),
  };
}

function nodeStart(doc: Document, path: YamlPath, wantKey: boolean, locate: (offset: number) => Location): Location | undefined {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    if (wantKey && length === path.length && length > 0) {
      const parent = prefix.length === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
      const key = prefix[prefix.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (pair && isNode(pair.key) && pair.key.range) return locate(pair.key.range[0]);
      }
      continue;
    }
    const node = length === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && node.range) return locate(node.range[0]);
  }
  return undefined;
}

/** The whole line of `text` that holds `offset`. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/** yaml's messages are terse and sometimes end mid-sentence; make them one tidy sentence. */
function sentence(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  return first.endsWith('.') ? first.slice(0, -1) : first;
}
