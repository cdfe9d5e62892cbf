import { z } from 'zod';
import { recordQuerySchema } from '../../records/query';
import { base64File, fileName, learnerId, ref, trainerInput } from './common';

const session = {
  name: z.string().max(200, 'is too long'),
  date: z.string().max(20, 'is too long'),
  facilitator: z.string().max(200, 'is too long'),
  location: z.string().max(200, 'is too long').optional(),
  courseId: ref,
  moduleIds: z.array(ref).max(200),
};

export const recordsInputs = {
  queryRecords: trainerInput({ query: recordQuerySchema }),
  startRecordsExport: trainerInput({ format: z.enum(['csv', 'json', 'xapi']), query: recordQuerySchema }),
  getExportProgress: trainerInput({ jobId: ref }),
  cancelExport: trainerInput({ jobId: ref }),
  exportRecordsFile: trainerInput({}),
  importRecordsFile: trainerInput({ fileName, dataBase64: base64File }),
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
