import { z } from 'zod';
import { answerSchema } from './engine-schemas';
import { formatCount, limits } from '../limits';
import { base64File, fileName, moduleFile, moduleText, ref, trainerInput, typedLine } from './common';

const title = typedLine(limits.text.title);
const inModule = { courseId: ref, file: moduleFile };

export const authorInputs = {
  listLibrary: trainerInput({}),
  createCourse: trainerInput({ title, template: z.enum(['blank', 'copy']), copyOfCourseId: ref.optional() }),
  renameCourse: trainerInput({ courseId: ref, title }),
  duplicateCourse: trainerInput({ courseId: ref, title }),
  deleteCourse: trainerInput({ courseId: ref }),
  /** Without a path the desktop app asks with the system's folder dialog. */
  openCourseFolder: trainerInput({ path: z.string().max(4096, 'is too long').optional() }),
  revealCourse: trainerInput({ courseId: ref }),
  getCourseOutline: trainerInput({ courseId: ref }),
  addModule: trainerInput({ courseId: ref, title, text: moduleText.optional() }),
  renameModule: trainerInput({ ...inModule, title }),
  reorderModules: trainerInput({ courseId: ref, files: z.array(moduleFile).max(500) }),
  deleteModule: trainerInput(inModule),
  readModule: trainerInput(inModule),
  saveModule: trainerInput({ ...inModule, text: moduleText, baseVersion: z.string().max(100).nullable(), force: z.boolean().optional() }),
  getModuleVersion: trainerInput(inModule),
  previewModule: trainerInput({ ...inModule, text: moduleText }),
  previewAnswer: trainerInput({ ...inModule, text: moduleText, quizId: ref, answer: answerSchema }),
  previewScenario: trainerInput({ ...inModule, text: moduleText, quizId: ref, path: z.array(ref).max(200) }),
  addImage: trainerInput({ courseId: ref, fileName, dataBase64: base64File(limits.files.image) }),
  importPost: trainerInput({
    kind: z.enum(['html', 'text']),
    content: z.string().max(limits.text.post, `is longer than a post may be (${formatCount(limits.text.post)} characters)`),
    title: title.optional(),
  }),
  exportPack: trainerInput({ courseId: ref }),
  inspectPack: trainerInput({ fileName, dataBase64: base64File(limits.files.pack) }),
  importPack: trainerInput({ uploadId: ref, newTitle: title.optional() }),
};
