/**
 * What a learner may open. Normally everything; in classroom mode only the session's course and
 * modules, so the class stays on what the trainer planned. The Node side does not enforce this:
 * it is about focus, not security.
 */
export interface LearnScope {
  courseId: string;
  moduleIds: readonly string[];
}

export function inScope(scope: LearnScope | undefined, courseId: string, moduleId?: string): boolean {
  if (!scope) return true;
  return courseId === scope.courseId && (moduleId === undefined || scope.moduleIds.includes(moduleId));
}
