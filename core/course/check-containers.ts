import type Token from 'markdown-it/lib/token.mjs';
import { closest, type DiagnosticSink } from './diagnostics';
import { containerNames } from './markdown';
import type { ContainerMeta } from './plugins/container';
import { describeUnclosed } from './plugins/unclosed-end';

/**
 * Structure checks on `:::` blocks that the parser accepts but a trainer did not mean:
 * unclosed blocks, comparisons without two columns, columns outside a comparison, and `:::`
 * lines with a name we do not know (those stay plain text, which is rarely what was wanted).
 */
export function checkContainers(tokens: readonly Token[], lineOffset: number, sink: DiagnosticSink): void {
  const stack: { name: string; markup: string; columns: number; line: number; level: number }[] = [];
  for (const token of tokens) {
    const line = lineOffset + (token.map?.[0] ?? 0) + 1;
    const outer = stack[0];
    if (token.type === 'heading_open' && token.tag === 'h2' && outer?.level === 0) {
      // A `:::` line missing above a page heading lets a later `:::` close the block, so the
      // block takes in the heading and its page without any block being unclosed.
      sink.warning(
        'heading-in-block',
        { line, column: 1 },
        `this ## heading is inside the '${outer.markup} ${outer.name}' block opened at line ${outer.line}, so it does not start a new page; if the block should end before it, add a line with ${outer.markup} above the heading`,
      );
    }
    if (token.type === 'course_container_open') {
      const meta = token.meta as ContainerMeta;
      const parent = stack[stack.length - 1];
      if (meta.unclosed) {
        sink.error(
          'unclosed-block',
          { line, column: 1 },
          `'${token.markup} ${meta.name}' opened at line ${line} is never closed, so it takes in ${describeUnclosed(token.map?.[0] ?? 0, meta.unclosed, lineOffset)}; add a line with ${token.markup} where its content ends`,
        );
      }
      if (meta.name === 'column') {
        if (parent?.name === 'compare') parent.columns++;
        else sink.error('column-outside-compare', { line, column: 1 }, "'::: column' only works inside a ':::: compare' block");
      } else if (parent?.name === 'compare') {
        sink.warning(
          'compare-content-outside-column',
          { line, column: 1 },
          `'${meta.name}' block sits in a comparison but outside its columns; put it inside a '::: column'`,
        );
      }
      stack.push({ name: meta.name, markup: token.markup, columns: 0, line, level: token.level });
    } else if (token.type === 'course_container_close') {
      const closed = stack.pop();
      if (closed?.name === 'compare' && closed.columns < 2) {
        sink.error(
          'compare-needs-columns',
          { line: closed.line, column: 1 },
          `a comparison needs at least two '::: column' blocks inside it (found ${closed.columns}); give the compare block more colons (::::) than its columns`,
        );
      }
    } else if (token.type === 'inline' && token.content.startsWith(':::')) {
      const name = /^:{3,}\s*([^\s:]+)/.exec(token.content)?.[1];
      if (name && !containerNames.has(name)) {
        const suggestion = closest(name, [...containerNames]);
        sink.warning(
          'unknown-block',
          { line, column: 1 },
          `'::: ${name}' is not a block type and shows as text${suggestion ? `; did you mean '${suggestion}'?` : `; known: ${[...containerNames].join(', ')}`}`,
        );
      }
    } else if (isLooseInCompare(token, stack[stack.length - 1])) {
      sink.warning(
        'compare-content-outside-column',
        { line, column: 1 },
        "content in a comparison but outside its columns is shown above them; put it inside a '::: column'",
      );
    }
  }
}

function isLooseInCompare(token: Token, top: { name: string; level: number } | undefined): boolean {
  return top?.name === 'compare' && token.block && token.nesting !== -1 && token.level === top.level + 1;
}
