import type MarkdownIt from 'markdown-it';
import {
  compileModuleSource,
  correctAnswerOf,
  createMarkdown,
  gradeAnswer,
  seededRandom,
  toLearnerModule,
  type Answer,
  type CorrectAnswer,
  type GradeResult,
  type ModuleModel,
  type Quiz,
} from '../course';
import { ApiError } from '../errors';
import type { ModulePreview } from '../api/author-types';
import type { ScenarioTrail } from '../api/playback-types';
import { createContainedReader } from '../workspace/contained-read';
import { scenarioTrail } from './attempt-view';

/**
 * The author's preview: compiles the text in the editor (not the file on disk) exactly as a learner
 * would get it, with every pool question shown and the answer key alongside. One markdown-it serves
 * every preview, so a keystroke costs a compile, not a setup.
 */
export function createModulePreview() {
  let md: MarkdownIt | undefined;

  function compile(folder: string, courseId: string, file: string, text: string) {
    md ??= createMarkdown({});
    // As in a compile of the course: an image that is a link is missing (it is never served).
    const reader = createContainedReader(folder);
    return compileModuleSource(text, file, {
      courseId,
      md,
      assetExists: (coursePath) => reader.checkSync(coursePath) === null,
    });
  }

  function quizIn(module: ModuleModel, quizId: string): Quiz {
    const quiz = module.quizzes.find((candidate) => candidate.id === quizId);
    if (!quiz) throw new ApiError('not-found', `The module has no question "${quizId}" any more; it may have been renamed in the editor.`);
    return quiz;
  }

  return {
    preview(folder: string, courseId: string, file: string, text: string): ModulePreview {
      const { module, diagnostics } = compile(folder, courseId, file, text);
      const view = toLearnerModule(module, seededRandom(`preview:${file}`));
      const pools = new Map(module.pools.map((pool) => [pool.id, pool.quizIds]));
      return {
        module: {
          ...view,
          pages: view.pages.map((page) => ({
            ...page,
            blocks: page.blocks.flatMap((block) =>
              block.kind === 'pool' ? (pools.get(block.poolId) ?? []).map((quizId) => ({ kind: 'quiz' as const, quizId })) : [block],
            ),
          })),
          pools: [],
        },
        answerKey: Object.fromEntries(module.quizzes.map((quiz) => [quiz.id, answerKeyOf(quiz)])),
        diagnostics,
      };
    },

    grade(folder: string, courseId: string, file: string, text: string, quizId: string, answer: Answer): GradeResult {
      return gradeAnswer(quizIn(compile(folder, courseId, file, text).module, quizId), answer);
    },

    scenario(folder: string, courseId: string, file: string, text: string, quizId: string, path: string[]): ScenarioTrail {
      const quiz = quizIn(compile(folder, courseId, file, text).module, quizId);
      if (quiz.type !== 'scenario') throw new ApiError('invalid-argument', `"${quizId}" is not a scenario.`);
      return scenarioTrail(quiz, path);
    },
  };
}

/** The correct answer of a question; reflections have none. */
export function answerKeyOf(quiz: Quiz): CorrectAnswer | null {
  return correctAnswerOf(quiz) ?? null;
}
