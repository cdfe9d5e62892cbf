import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { DiagnosticSink, Location } from './diagnostics';

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

/**
 * Parses YAML, reporting syntax errors as `yaml-syntax` diagnostics at their real file position.
 * `what` names the fragment in messages ("front matter", "quiz").
 */
export function parseYaml(text: string, placement: Placement, sink: DiagnosticSink, what: string): YamlSource {
  const lineCounter = new LineCounter();
  // prettyErrors off: we place errors ourselves, the pretty form would repeat the position.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: placement.firstLine + line - 1, column: col + (placement.columnOffset?.(line - 1) ?? 0) };
  };
  for (const error of doc.errors) {
    sink.error('yaml-syntax', locate(error.pos[0]), `bad YAML in ${what}: ${sentence(error.message)}`);
  }
  for (const warning of doc.warnings) {
    sink.warning('yaml-warning', locate(warning.pos[0]), `YAML warning in ${what}: ${sentence(warning.message)}`);
  }
  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      // maxAliasCount keeps an alias bomb ("billion laughs") from expanding without bound.
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      sink.error('yaml-syntax', locate(0), `bad YAML in ${what}: ${sentence(String((error as Error).message))}`);
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

function nodeStart(
  doc: Document,
  path: YamlPath,
  wantKey: boolean,
  locate: (offset: number) => Location,
): Location | undefined {
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

/** yaml's messages are terse and sometimes end mid-sentence; make them one tidy sentence. */
function sentence(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  return first.endsWith('.') ? first.slice(0, -1) : first;
}
