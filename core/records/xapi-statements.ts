import type { AnswerRecord, AttemptRecord } from '../progress/schema';
import { utc } from './build-rows';
import { isoDuration, registrationOf, statementId } from './xapi-ids';
import type { RecordRow } from './types';

/**
 * xAPI 1.0.3 statements for one attempt (docs/records.md has the whole mapping):
 * `attempted` when it started, `answered` per question (optional), and `completed`, `passed` or
 * `failed` once finished. Statements are assembled from JSON fragments: the actor, the module
 * and the context are the same for many statements, so each is stringified once per row or
 * attempt instead of once per statement (the export writes ~7 statements per attempt).
 */

export interface XapiOptions {
  /** The actor account's homePage: the system whose ids the learners' staff ids are. Default DEFAULT_ACCOUNT_HOME_PAGE. */
  accountHomePage?: string;
  /** Prefix of every activity id. Default DEFAULT_ACTIVITY_BASE. */
  activityBase?: string;
  /** One `answered` statement per question answered. Default true. */
  includeAnswers?: boolean;
  /** Language tag of titles and verb displays. Default en-US. */
  language?: string;
}

export const DEFAULT_ACCOUNT_HOME_PAGE = 'https://course-studio.local/learners';
export const DEFAULT_ACTIVITY_BASE = 'https://course-studio.local';

const ADL = 'http://adlnet.gov/expapi';
export const verbs = ['attempted', 'answered', 'completed', 'passed', 'failed'] as const;
export type XapiVerb = (typeof verbs)[number];

interface Score {
  scaled: number;
  raw: number;
  min: number;
  max: number;
}

interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  duration?: string;
}

/** The fragments shared by all statements about one row (learner × module). */
export interface RowFragments {
  actor: string;
  moduleActivity: string;
  courseActivity: string;
  moduleIri: string;
  verb: Record<XapiVerb, string>;
  options: Required<XapiOptions>;
}

export function resolveOptions(options: XapiOptions = {}): Required<XapiOptions> {
  return {
    accountHomePage: options.accountHomePage ?? DEFAULT_ACCOUNT_HOME_PAGE,
    activityBase: (options.activityBase ?? DEFAULT_ACTIVITY_BASE).replace(/\/+$/, ''),
    includeAnswers: options.includeAnswers ?? true,
    language: options.language ?? 'en-US',
  };
}

export function rowFragments(row: RecordRow, options: Required<XapiOptions>): RowFragments {
  const lang = options.language;
  const courseIri = `${options.activityBase}/courses/${encodeURIComponent(row.courseId)}`;
  const moduleIri = `${courseIri}/modules/${encodeURIComponent(row.moduleId)}`;
  const module = {
    objectType: 'Activity',
    id: moduleIri,
    definition: { name: { [lang]: row.moduleTitle }, type: `${ADL}/activities/module` },
  };
  const course = {
    objectType: 'Activity',
    id: courseIri,
    definition: { name: { [lang]: row.courseTitle }, type: `${ADL}/activities/course` },
  };
  // Staff ids are what HR systems know learners by; the learner id is the fallback, unique on its own.
  const actor = {
    objectType: 'Agent',
    name: row.learnerName,
    account: { homePage: options.accountHomePage, name: row.staffId ?? row.learnerId },
  };
  const verb = Object.fromEntries(
    verbs.map((name) => [name, JSON.stringify({ id: `${ADL}/verbs/${name}`, display: { [lang]: name } })]),
  ) as Record<XapiVerb, string>;
  return {
    actor: JSON.stringify(actor),
    moduleActivity: JSON.stringify(module),
    courseActivity: JSON.stringify(course),
    moduleIri,
    verb,
    options,
  };
}

/** Every statement for one attempt, each a JSON string. */
export function attemptStatements(attempt: AttemptRecord, row: RowFragments): string[] {
  const contextParts = [
    ...(attempt.sessionId !== undefined ? [`"registration":${JSON.stringify(registrationOf(attempt.sessionId))}`] : []),
    ...(attempt.courseVersion !== '' ? [`"revision":${JSON.stringify(attempt.courseVersion)}`] : []),
    `"platform":"Course Studio"`,
  ];
  const moduleContext = `{${[...contextParts, `"contextActivities":{"grouping":[${row.courseActivity}]}`].join(',')}}`;
  const statements = [statement(attempt.id, 'attempted', row, row.moduleActivity, undefined, moduleContext, attempt.startedAt)];
  if (row.options.includeAnswers) {
    const questionContext = `{${[...contextParts, `"contextActivities":{"parent":[${row.moduleActivity}],"grouping":[${row.courseActivity}]}`].join(',')}}`;
    for (const [quizId, answer] of Object.entries(attempt.answers)) {
      const question = JSON.stringify({
        objectType: 'Activity',
        id: `${row.moduleIri}/questions/${encodeURIComponent(quizId)}`,
        definition: { type: `${ADL}/activities/question` },
      });
      statements.push(statement(attempt.id, 'answered', row, question, answerResult(answer), questionContext, answer.answeredAt, quizId));
    }
  }
  const finish = finishVerb(attempt);
  if (finish)
    statements.push(
      statement(
        attempt.id,
        finish,
        row,
        row.moduleActivity,
        finishResult(attempt, finish),
        moduleContext,
        attempt.completedAt ?? attempt.updatedAt,
      ),
    );
  return statements;
}

function statement(
  attemptId: string,
  verb: XapiVerb,
  row: RowFragments,
  object: string,
  result: Result | undefined,
  context: string,
  at: string,
  quizId?: string,
): string {
  const id = statementId(attemptId, verb, quizId);
  const resultPart = result && Object.keys(result).length > 0 ? `,"result":${JSON.stringify(result)}` : '';
  return `{"id":"${id}","actor":${row.actor},"verb":${row.verb[verb]},"object":${object}${resultPart},"context":${context},"timestamp":"${utc(at)}","version":"1.0.3"}`;
}

function finishVerb(attempt: AttemptRecord): XapiVerb | null {
  if (attempt.status === 'passed' || attempt.status === 'failed' || attempt.status === 'completed') return attempt.status;
  return null;
}

function finishResult(attempt: AttemptRecord, verb: XapiVerb): Result {
  const result: Result = {};
  const score = attempt.result ? scoreOf(attempt.result.score, attempt.result.maxScore) : undefined;
  if (score) result.score = score;
  if (verb !== 'completed') result.success = verb === 'passed';
  result.completion = true;
  result.duration = isoDuration(attempt.durationMs);
  return result;
}

/** Reflections are never right or wrong and score nothing: their statement has no result. */
function answerResult(answer: AnswerRecord): Result {
  const result: Result = {};
  const score = scoreOf(answer.score, answer.maxScore);
  if (score) result.score = score;
  if (answer.correct !== null) result.success = answer.correct;
  return result;
}

/**
 * Nothing graded (max 0) has no score. Scaled is rounded to 4 places so 1/3 does not carry 17
 * digits; raw is capped at max because an LRS refuses a statement whose raw score exceeds it.
 */
function scoreOf(raw: number, max: number): Score | undefined {
  if (max <= 0) return undefined;
  const bounded = Math.min(raw, max);
  return { scaled: Math.round((bounded / max) * 10_000) / 10_000, raw: bounded, min: 0, max };
}
