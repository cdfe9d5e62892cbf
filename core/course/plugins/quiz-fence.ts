import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type { ContainerRenderer } from './container';

/** The fence info word that marks a quiz. */
export const QUIZ_FENCE = 'quiz';

/**
 * Captures ```quiz fences: they become `course_quiz` tokens, which the compiler turns into quiz
 * references and which never render as code. Whatever renders them directly (a bare md.render)
 * gets an empty placeholder, because the YAML inside holds the answer key.
 */
export function quizFencePlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'course_quiz', (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type === 'fence' && token.info.trim().split(/\s+/)[0] === QUIZ_FENCE) token.type = 'course_quiz';
    }
  });
  md.renderer.rules['course_quiz'] = () => '<div class="quiz-placeholder"></div>\n';
}

/** `::: pool id=... draw=N` wraps the quizzes of a question pool; the compiler replaces it. */
export const renderPool: ContainerRenderer = (_meta, opening) => (opening ? '<div class="quiz-pool">\n' : '</div>\n');
