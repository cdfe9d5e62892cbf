import { z } from 'zod';
import { recordQuerySchema } from './engine-schemas';
import { limits } from '../limits';
import { base64File, fileName, learnerId, ref, trainerInput, typedLine } from './common';

const session = {
  name: typedLine(limits.text.sessionField),
  date: z.string().max(20, 'is too long'),
  facilitator: typedLine(limits.text.sessionField),
  location: typedLine(limits.text.sessionField).optional(),
  courseId: ref,
  moduleIds: z.array(ref).max(200),
};

export const recordsInputs = {
  queryRecords: trainerInput({ query: recordQuerySchema }),
  startRecordsExport: trainerInput({ format: z.enum(['csv', 'json', 'xapi']), query: recordQuerySchema }),
  getExportProgress: trainerInput({ jobId: ref }),
  cancelExport: trainerInput({ jobId: ref }),
  exportRecordsFile: trainerInput({}),
  importRecordsFile: trainerInput({ fileName, dataBase64: base64File(limits.files.recordsFile) }),
  makeCertificate: trainerInput({ learnerId, courseId: ref }),
  makeSessionCertificates: trainerInput({ sessionId: ref }),
  listSessions: trainerInput({}),
  createSession: trainerInput(session),
  updateSession: trainerInput({ sessionId: ref, ...session }),
  deleteSession: trainerInput({ sessionId: ref }),
  startSession: trainerInput({ sessionId: ref }),
  endSession: trainerInput({ sessionId: ref }),
  getSessionDashboard: trainerInput({ sessionId: ref }),
  listRepairNotices: trainerInput({}),
  dismissRepairNotice: trainerInput({ noticeId: ref }),
};
