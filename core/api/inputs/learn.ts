import { z } from 'zod';
import { answerSchema } from './engine-schemas';
import { limits } from '../limits';
import { empty, learnerId, ref, typedLine } from './common';

const moduleTarget = { learnerId, courseId: ref, moduleId: ref };
/** Active time since the last report; the player sends small slices. */
const activeMs = z
  .number()
  .int()
  .nonnegative()
  .max(24 * 60 * 60 * 1000);

export const learnInputs = {
  getAppInfo: empty,
  listCourses: empty,
  listLearners: empty,
  addLearner: z.object({ name: typedLine(limits.text.learnerName), staffId: typedLine(limits.text.staffId).optional() }).strict(),
  getCourseHome: z.object({ learnerId, courseId: ref }).strict(),
  openModule: z.object(moduleTarget).strict(),
  savePage: z.object({ ...moduleTarget, page: z.number().int().nonnegative().max(10_000), activeMs }).strict(),
  submitAnswer: z.object({ ...moduleTarget, quizId: ref, answer: answerSchema }).strict(),
  chooseScenario: z.object({ ...moduleTarget, quizId: ref, path: z.array(ref).min(1).max(200) }).strict(),
  finishModule: z.object({ ...moduleTarget, activeMs }).strict(),
  retakeModule: z.object(moduleTarget).strict(),
  getClassroom: empty,
  joinClassroom: z.object({ learnerId }).strict(),
};
