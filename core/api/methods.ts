/**
 * The names of the API methods. Kept apart from their schemas so the desktop preload can list the
 * methods without bundling zod; `contract.ts` makes the compiler check that both lists agree.
 */
export const apiMethodNames = [
  'getAppInfo',
  'listCourses',
  'listLearners',
  'addLearner',
  'getCourseHome',
  'openModule',
  'savePage',
  'submitAnswer',
  'chooseScenario',
  'finishModule',
  'retakeModule',
] as const;

export type ApiMethod = (typeof apiMethodNames)[number];

export function isApiMethod(name: string): name is ApiMethod {
  return (apiMethodNames as readonly string[]).includes(name);
}
