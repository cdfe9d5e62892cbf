import { isPair, isScalar, visit } from 'yaml';
import type { DiagnosticSink } from './diagnostics';
import { parsePlaced, type Placement } from './yaml-source';

// A character, one space or tab, then '#': in YAML that ends an unquoted text and starts a
// comment. Two or more spaces before '#' is how comments are written on purpose (yamllint's
// default), so only the single space, which is how a trainer writes "Each ## heading", is suspect.
const CUT = /[^ \t\n][ \t]#/;

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
    Scalar(key, node, path) {
      if (key === 'key' || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const valueEnd = node.range[1];
      if (!/^[ \t]#/.test(text.slice(valueEnd, valueEnd + 2))) return;
      const owner = path[path.length - 1];
      const name = isPair(owner) && isScalar(owner.key) ? `'${String(owner.key.value)}'` : 'this item';
      sink.warning(
        'yaml-comment',
        locate(valueEnd + 1),
        `the text after ' #' is read as a comment, so ${name} is just ${JSON.stringify(node.value)}; put the value in quotes if the rest belongs to it (leave two spaces before # for a real comment)`,
      );
    },
  });
}
