import type * as z from 'zod';
import { ApiError } from '../errors';
import type {
  addDurationInput,
  finishAttemptInput,
  recordAnswerInput,
  recordPageInput,
  recordScenarioStepInput,
  startOrResumeInput,
} from './inputs';
import type { AttemptRecord, LearnerDoc } from './schema';
import { decideResume } from './stale-policy';

/**
 * The changes a player makes to a learner's document, as plain functions over the document.
 * Each one checks everything first and only then changes the document, so a refused change
 * leaves nothing half-applied in memory. They return copies: callers never hold live state.
 */

export interface ChangeContext {
  /** ISO timestamp of this change. */
  now: string;
  randomId: () => string;
}

export type StartOrResumeOutcome = 'started' | 'resumed' | 'resumed-on-new-version' | 'superseded-and-started';

export interface StartOrResumeResult {
  outcome: StartOrResumeOutcome;
  attempt: AttemptRecord;
  /** The attempt closed because the module changed, when outcome is 'superseded-and-started'. */
  superseded?: AttemptRecord;
}

export function latestAttempt(doc: LearnerDoc, courseId: string, moduleId: string): AttemptRecord | undefined {
  return doc.attempts.findLast((attempt) => attempt.courseId === courseId && attempt.moduleId === moduleId);
}

export function startOrResume(doc: LearnerDoc, input: z.output<typeof startOrResumeInput>, context: ChangeContext): StartOrResumeResult {
  const latest = latestAttempt(doc, input.courseId, input.moduleId);
  const decision = decideResume(latest, input.moduleHash);
  if (latest && decision.kind === 'resume') return { outcome: 'resumed', attempt: structuredClone(latest) };
  if (latest && decision.kind === 'rebase') {
    latest.rebasedFrom = [...(latest.rebasedFrom ?? []), latest.moduleHash];
    latest.moduleHash = input.moduleHash;
    latest.courseVersion = input.courseVersion;
    latest.pageIndex = Math.min(latest.pageIndex, input.pageCount - 1);
    latest.drawn = input.drawn ?? {};
    latest.updatedAt = context.now;
    return { outcome: 'resumed-on-new-version', attempt: structuredClone(latest) };
  }
  let superseded: AttemptRecord | undefined;
  if (latest && decision.kind === 'supersede') {
    latest.status = 'superseded';
    latest.completedAt = context.now;
    latest.updatedAt = context.now;
    superseded = structuredClone(latest);
  }
  const attempt: AttemptRecord = {
    id: context.randomId(),
    learnerId: doc.learner.id,
    courseId: input.courseId,
    courseVersion: input.courseVersion,
    moduleId: input.moduleId,
    moduleHash: input.moduleHash,
    attempt: (latest?.attempt ?? 0) + 1,
    ...(input.sessionId !== undefined && { sessionId: input.sessionId }),
    startedAt: context.now,
    updatedAt: context.now,
    completedAt: null,
    durationMs: 0,
    timeReportedAt: context.now,
    status: 'in-progress',
    pageIndex: 0,
    answers: {},
    scenarioPaths: {},
    drawn: input.drawn ?? {},
    result: null,
  };
  doc.attempts.push(attempt);
  const outcome = superseded ? 'superseded-and-started' : 'started';
  return { outcome, attempt: structuredClone(attempt), ...(superseded && { superseded }) };
}

export function recordPage(doc: LearnerDoc, input: z.output<typeof recordPageInput>, context: ChangeContext): AttemptRecord {
  const attempt = openAttempt(doc, input.attemptId);
  attempt.pageIndex = input.pageIndex;
  attempt.updatedAt = context.now;
  return structuredClone(attempt);
}

export function recordAnswer(doc: LearnerDoc, input: z.output<typeof recordAnswerInput>, context: ChangeContext): AttemptRecord {
  const attempt = openAttempt(doc, input.attemptId, input.moduleHash);
  if (input.score > input.maxScore)
    throw new ApiError('invalid-argument', `The score for question '${input.quizId}' is more than its maximum.`);
  const earlier = attempt.answers[input.quizId];
  attempt.answers[input.quizId] = {
    value: input.value,
    correct: input.correct,
    score: input.score,
    maxScore: input.maxScore,
    answeredAt: context.now,
    tries: (earlier?.tries ?? 0) + 1,
  };
  attempt.updatedAt = context.now;
  return structuredClone(attempt);
}

export function recordScenarioStep(
  doc: LearnerDoc,
  input: z.output<typeof recordScenarioStepInput>,
  context: ChangeContext,
): AttemptRecord {
  const attempt = openAttempt(doc, input.attemptId, input.moduleHash);
  attempt.scenarioPaths[input.quizId] = [...(attempt.scenarioPaths[input.quizId] ?? []), input.choiceId];
  attempt.updatedAt = context.now;
  return structuredClone(attempt);
}

export function addDuration(doc: LearnerDoc, input: z.output<typeof addDurationInput>, context: ChangeContext): AttemptRecord {
  const attempt = openAttempt(doc, input.attemptId);
  creditActiveTime(attempt, input.ms, context.now);
  attempt.updatedAt = context.now;
  return structuredClone(attempt);
}

export function finishAttempt(doc: LearnerDoc, input: z.output<typeof finishAttemptInput>, context: ChangeContext): AttemptRecord {
  const attempt = openAttempt(doc, input.attemptId, input.moduleHash);
  if (input.score > input.maxScore) throw new ApiError('invalid-argument', 'The final score is more than the maximum score.');
  // Two decimals: enough to show, and keeps a 2/3 score from printing as 66.66666666666667.
  const percent = input.maxScore > 0 ? Math.round((input.score / input.maxScore) * 10_000) / 100 : null;
  attempt.status = percent === null ? 'completed' : percent >= input.passMark ? 'passed' : 'failed';
  attempt.result = { score: input.score, maxScore: input.maxScore, percent, passMark: input.passMark };
  creditActiveTime(attempt, input.ms ?? 0, context.now);
  attempt.completedAt = context.now;
  attempt.updatedAt = context.now;
  return structuredClone(attempt);
}

/**
 * Adds a report of active time, but never more than the wall-clock time since the attempt's last
 * report: the player reports slices as it goes, so a report claiming more than has passed (a day per
 * call, or the same slice sent a hundred times) is cut to what could be true.
 */
function creditActiveTime(attempt: AttemptRecord, reportedMs: number, now: string): void {
  const since = Date.parse(now) - Date.parse(attempt.timeReportedAt ?? attempt.updatedAt);
  attempt.durationMs += Math.max(0, Math.min(reportedMs, Math.floor(since)));
  attempt.timeReportedAt = now;
}

/** The in-progress attempt with this id; when a hash is given, it must be the one the attempt was made on. */
function openAttempt(doc: LearnerDoc, attemptId: string, moduleHash?: string): AttemptRecord {
  const attempt = doc.attempts.find((candidate) => candidate.id === attemptId);
  if (!attempt) throw new ApiError('not-found', `${doc.learner.name} has no attempt with id ${attemptId}.`);
  if (attempt.status !== 'in-progress') {
    throw new ApiError(
      'conflict',
      `This attempt is already ${attempt.status === 'superseded' ? 'closed' : 'finished'}; open the module again to continue.`,
    );
  }
  if (moduleHash !== undefined && moduleHash !== attempt.moduleHash) {
    throw new ApiError('conflict', 'This module was changed while it was open. Open it again to continue with the new version.');
  }
  return attempt;
}
