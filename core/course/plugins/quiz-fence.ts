import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type { ContainerRenderer } from './container';
import { unclosedEnd, type UnclosedEnd } from './unclosed-end';

/** The fence info word that marks a quiz. */
export const QUIZ_FENCE = 'quiz';

/** On a quiz fence token that is never closed; other quiz fences have no meta. */
export interface QuizFenceMeta {
  unclosed: UnclosedEnd;
}

const BACKTICK = 0x60;
const TILDE = 0x7e;

/**
 * Captures ```quiz fences: they become `course_quiz` tokens, which the compiler turns into quiz
 * references and which never render as code. Whatever renders them directly (a bare md.render)
 * gets an empty placeholder, because the YAML inside holds the answer key.
 */
export function quizFencePlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'course_quiz_unclosed', unclosedQuizFence, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.core.ruler.after('block', 'course_quiz', (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type === 'fence' && token.info.trim().split(/\s+/)[0] === QUIZ_FENCE) token.type = 'course_quiz';
    }
  });
  md.renderer.rules['course_quiz'] = () => '<div class="quiz-placeholder"></div>\n';
}

/**
 * A quiz fence with no closing ``` : markdown-it's fence rule would take the rest of the file as
 * the quiz's YAML, pages and all, and the YAML error that follows points somewhere far below.
 * This rule claims only that case (closed fences are left to the fence rule), stops the fence
 * before the next page heading, and marks it so the compiler reports it at the opening line.
 */
function unclosedQuizFence(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // Every line of every paragraph asks this rule whether it interrupts; the first test says no to nearly all.
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const marker = state.src.charCodeAt(start);
  if (marker !== BACKTICK && marker !== TILDE) return false;
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const max = state.eMarks[startLine] ?? 0;
  const length = state.skipChars(start, marker) - start;
  if (length < 3) return false;
  const info = state.src.slice(start + length, max);
  if (marker === BACKTICK && info.includes('`')) return false;
  if (info.trim().split(/\s+/)[0] !== QUIZ_FENCE) return false;
  const end = fenceEnd(state, startLine, endLine, marker, length);
  if (end.closed) return false;
  if (silent) return true;

  const unclosed = unclosedEnd(state, startLine + 1, end.line);
  const token = state.push('fence', 'code', 0);
  token.info = info;
  token.content = state.getLines(startLine + 1, unclosed.line, state.sCount[startLine] ?? 0, true);
  token.markup = state.src.slice(start, start + length);
  token.map = [startLine, unclosed.line];
  token.meta = { unclosed } satisfies QuizFenceMeta;
  state.line = unclosed.line;
  return true;
}

/** Where the fence rule would end this fence, and whether it found a closing line (its exact rule). */
function fenceEnd(
  state: StateBlock,
  startLine: number,
  endLine: number,
  marker: number,
  length: number,
): { line: number; closed: boolean } {
  for (let line = startLine + 1; line < endLine; line++) {
    const pos = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
    const max = state.eMarks[line] ?? 0;
    if (pos < max && (state.sCount[line] ?? 0) < state.blkIndent) return { line, closed: false };
    if (state.src.charCodeAt(pos) !== marker || (state.sCount[line] ?? 0) - state.blkIndent >= 4) continue;
    const after = state.skipChars(pos, marker);
    if (after - pos >= length && state.skipSpaces(after) >= max) return { line, closed: true };
  }
  return { line: endLine, closed: false };
}

/** `::: pool id=... draw=N` wraps the quizzes of a question pool; the compiler replaces it. */
export const renderPool: ContainerRenderer = (_meta, opening) => (opening ? '<div class="quiz-pool">\n' : '</div>\n');
