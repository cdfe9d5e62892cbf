import { isPair, isScalar, isSeq, visit } from 'yaml';
import type { DiagnosticSink } from './diagnostics';
import { parsePlaced, type Placement } from './yaml-source';

// A character, one space or tab, then '#': in YAML that ends an unquoted text and starts a
// comment. Two or more spaces before '#' is how comments are written on purpose (yamllint's
// default), so only the single space, which is how a trainer writes "Each ## heading", is suspect.
const CUT = /[^ \t\n][ \t]#/;

// Keys whose values are ids, names of options or paths, never prose: a single-space comment after
// `completion: all-modules-completed` or a module path is meant as one.
const NOT_TEXT: ReadonlySet<string> = new Set(['id', 'type', 'completion', 'language', 'version', 'start', 'next', 'match', 'modules']);

/**
 * Warns where YAML silently cut an unquoted text at ' #': `explanation: Each ## heading starts a
 * page` reads as "Each". Runs on the text, not on a parse result, so the quiz and front matter
 * get the same warnings whichever YAML parser read them; the positional parse it needs runs
 * only for the rare fragment that has ' #' at all.
 */
export function warnCommentCuts(text: string, placement: Placement, sink: DiagnosticSink): void {
  if (!CUT.test(text)) return;
  const { doc, locate } = parsePlaced(text, placement);
  if (doc.errors.length > 0) return;
  visit(doc, {
    Scalar(role, node, path) {
      if (role === 'key' || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const valueEnd = node.range[1];
      if (!/^[ \t]#/.test(text.slice(valueEnd, valueEnd + 2))) return;
      const owner = path[path.length - 1];
      // A list item belongs to the key that holds the list.
      const keyed = isSeq(owner) ? path[path.length - 2] : owner;
      const key = isPair(keyed) && isScalar(keyed.key) ? String(keyed.key.value) : undefined;
      if (key !== undefined && NOT_TEXT.has(key)) return;
      const name = isPair(owner) ? `'${key ?? ''}'` : 'this item';
      sink.warning(
        'yaml-comment',
        locate(valueEnd + 1),
        `the text after ' #' is read as a comment, so ${name} is just ${JSON.stringify(node.value)}; put the value in quotes if the rest belongs to it (leave two spaces before # for a real comment)`,
      );
    },
  });
}
