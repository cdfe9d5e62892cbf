import { writeFile } from 'node:fs/promises';
import type { CourseStudioApi } from '../api/contract';
import { ApiError } from '../errors';
import type { Classroom } from '../api/records-types';
import { certificatePdf, courseCompletion, sessionCertificatesPdf, type CertificateInput } from '../certificates';
import type { AttemptRecord, ProgressStore } from '../progress';
import { sessionDashboard, type SessionsStore } from '../sessions';
import type { Downloads } from '../workspace/downloads';
import { isScored } from './attempt-view';
import type { CourseCatalog } from './course-catalog';
import type { SettingsStore } from './settings-store';

type ClassroomMethod =
  | 'listSessions'
  | 'createSession'
  | 'updateSession'
  | 'deleteSession'
  | 'startSession'
  | 'endSession'
  | 'getSessionDashboard'
  | 'getClassroom'
  | 'joinClassroom'
  | 'makeCertificate'
  | 'makeSessionCertificates';

export interface ClassroomServiceParts {
  sessions: SessionsStore;
  store: ProgressStore;
  catalog: CourseCatalog;
  downloads: Downloads;
  settings: SettingsStore;
}

/** Classroom sessions, the learner screen while one runs, its dashboard, and certificates. */
export function createClassroomService({
  sessions,
  store,
  catalog,
  downloads,
  settings,
}: ClassroomServiceParts): Pick<CourseStudioApi, ClassroomMethod> {
  async function attemptsAt(learnerId: string, courseId: string): Promise<AttemptRecord[]> {
    return (await store.getProgress(learnerId)).attempts.filter((attempt) => attempt.courseId === courseId);
  }

  /** A learner's certificate details, or null when they have not completed the course. */
  async function certificateFor(learnerId: string, courseId: string): Promise<CertificateInput | null> {
    const learner = store.getLearner(learnerId);
    const { course } = await catalog.load(courseId);
    const modules = course.modules.map((module) => ({ id: module.id, graded: module.quizzes.some(isScored) }));
    const completion = courseCompletion(await attemptsAt(learnerId, courseId), modules, course.completion);
    if (!completion.completed || !completion.completedAt) return null;
    const { trainerName, organisation } = settings.get();
    return {
      learnerId,
      learnerName: learner.name,
      courseId,
      courseTitle: course.title,
      completedAt: completion.completedAt,
      scorePercent: completion.scorePercent,
      trainerName,
      organisation,
    };
  }

  async function offerPdf(bytes: Uint8Array, fileName: string) {
    const path = await downloads.pathFor(fileName);
    await writeFile(path, bytes);
    return { downloadUrl: downloads.offer(path, fileName), fileName };
  }

  return {
    listSessions: async () => sessions.list(),
    createSession: async ({ name, date, facilitator, location, courseId, moduleIds }) =>
      sessions.create({ name, date, facilitator, location: location ?? '', courseId, moduleIds }),
    updateSession: async ({ sessionId, name, date, facilitator, location, courseId, moduleIds }) =>
      sessions.update(sessionId, { name, date, facilitator, location: location ?? '', courseId, moduleIds }),
    async deleteSession({ sessionId }) {
      await sessions.remove(sessionId);
      return {};
    },
    startSession: async ({ sessionId }) => sessions.start(sessionId),
    endSession: async ({ sessionId }) => sessions.end(sessionId),

    async getSessionDashboard({ sessionId }) {
      const session = sessions.get(sessionId);
      const learners = store.listLearners().filter((learner) => session.learnerIds.includes(learner.id));
      const attempts = (await Promise.all(learners.map((learner) => attemptsAt(learner.id, session.courseId)))).flat();
      return sessionDashboard(session, learners, attempts);
    },

    async getClassroom(): Promise<Classroom | null> {
      const session = sessions.active();
      if (!session) return null;
      const joined = new Set(session.learnerIds);
      return {
        sessionId: session.id,
        name: session.name,
        courseId: session.courseId,
        moduleIds: session.moduleIds,
        learners: store
          .listLearners()
          .filter((learner) => joined.has(learner.id))
          .map(({ id, name, staffId }) => ({ id, name, ...(staffId && { staffId }) })),
      };
    },

    async joinClassroom({ learnerId }) {
      const session = sessions.active();
      if (!session) throw new ApiError('conflict', 'No classroom session is running on this machine.');
      store.getLearner(learnerId);
      await sessions.join(session.id, learnerId);
      return {};
    },

    async makeCertificate({ learnerId, courseId }) {
      const input = await certificateFor(learnerId, courseId);
      if (!input)
        throw new ApiError(
          'conflict',
          `${store.getLearner(learnerId).name} has not completed this course yet, so there is no certificate to make.`,
        );
      return offerPdf(await certificatePdf(input), `certificate-${slug(input.learnerName)}-${courseId}.pdf`);
    },

    async makeSessionCertificates({ sessionId }) {
      const session = sessions.get(sessionId);
      const inputs = (await Promise.all(session.learnerIds.map((learnerId) => certificateFor(learnerId, session.courseId)))).filter(
        (input): input is CertificateInput => input !== null,
      );
      if (inputs.length === 0) throw new ApiError('conflict', 'Nobody in this session has completed the course yet.');
      return { ...(await offerPdf(await sessionCertificatesPdf(inputs), `certificates-${slug(session.name)}.pdf`)), count: inputs.length };
    },
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'course'
  );
}
