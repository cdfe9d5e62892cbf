import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints snippets as if they were files in each layer, with the project's real eslint.config.js. The
// snippets are not files of the TypeScript project, so the type-aware rules (not what this tests) are off.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

// The first lint loads the config and its plugins, which takes seconds quiet and half a minute on a
// busy machine: do it once here, under its own cap, so no single case pays for it.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'core/course/x.ts' });
}, 180_000);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.includes('no-restricted-') ?? false)
    .map((message) => message.message);
}

describe('layer rules', () => {
  it.each([
    ['core/course/x.ts', "import { app } from 'electron';\nvoid app;\n", 'only electron/ may import electron'],
    ['core/course/x.ts', "import { useState } from 'react';\nvoid useState;\n", 'core/ has no UI'],
    ['core/course/x.ts', "import { App } from '../../renderer/src/app/App';\nvoid App;\n", 'core/ may not depend on the shells'],
    ['core/course/x.ts', 'export const title = document.title;\n', 'there is no DOM here'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n", 'only through the preload bridge'],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;\n", 'no Node modules'],
    ['renderer/src/x.ts', "import { apiInputs } from '../../core/api/contract';\nvoid apiInputs;\n", 'only types from core/api'],
    [
      'renderer/src/x.ts',
      "import type { CourseModel } from '../../core/course/model';\nexport type X = CourseModel;\n",
      'nothing from core/ but the types',
    ],
    [
      'core/api/x.ts',
      "import type { RecordRow } from '../records/types';\nexport type X = RecordRow;\n",
      'core/api declares its wire types',
    ],
    [
      'core/api/inputs/x.ts',
      "import { answerSchema } from '../../course/answer-schema';\nvoid answerSchema;\n",
      'core/api declares its wire types',
    ],
    [
      'core/api/x.ts',
      "import type { CourseStudioHost } from '../service/course-studio';\nexport type X = CourseStudioHost;\n",
      'core/api declares its wire types',
    ],
    ['core/api/x.ts', "import { app } from 'electron';\nvoid app;\n", 'only electron/ may import electron'],
    ['tests/e2e/x.spec.ts', "import { app } from 'electron';\nvoid app;\n", 'Only electron/ imports electron'],
  ])('%s: %s is refused', async (file, code, expected) => {
    const errors = await layerErrors(file, code);
    expect(errors.join('\n')).toContain(expected);
  });

  it.each([
    [
      'electron/x.ts',
      "import { app } from 'electron';\nimport { createDispatch } from '../core/api/dispatch';\nvoid app;\nvoid createDispatch;\n",
    ],
    ['renderer/src/x.ts', "import type { CourseStudioApi } from '../../core/api/contract';\nexport type X = CourseStudioApi;\n"],
    ['core/api/inputs/engine-schemas.ts', "import { answerSchema } from '../../course/answer-schema';\nvoid answerSchema;\n"],
    ['core/api/limits.test.ts', "import { packLimits } from '../authoring/zip-limits';\nvoid packLimits;\n"],
    ['core/server/x.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;\n"],
  ])('%s: an allowed import passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
