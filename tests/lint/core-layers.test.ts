import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { afterEach, describe, expect, it } from 'vitest';

// The project's real rules (.dependency-cruiser.cjs), run over small trees of files laid out like core/.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function violationsIn(files: Record<string, string>): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'core-layers-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  const result = await cruise(['core'], {
    baseDir: root,
    ruleSet: { forbidden: config.forbidden ?? [] },
    validate: true,
    tsPreCompilationDeps: true,
  });
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
}

describe('layers inside core', () => {
  it.each([
    [
      'the course engine imports the service',
      'core/course/grade.ts',
      "import { studio } from '../service/studio';\nexport const x = studio;\n",
      'core/service/studio.ts',
      'core-layer-course',
    ],
    [
      'a domain imports the HTTP host',
      'core/progress/store.ts',
      "import { host } from '../server/host';\nexport const x = host;\n",
      'core/server/host.ts',
      'core-layer-progress',
    ],
    [
      'the contract imports a domain',
      'core/api/types.ts',
      "import type { Row } from '../records/row';\nexport type X = Row;\n",
      'core/records/row.ts',
      'core-layer-api',
    ],
    [
      'storage imports a domain',
      'core/storage/file.ts',
      "import { rule } from '../progress/rule';\nexport const x = rule;\n",
      'core/progress/rule.ts',
      'core-layer-storage',
    ],
    [
      'the service imports the HTTP host',
      'core/service/studio.ts',
      "import { host } from '../server/host';\nexport const x = host;\n",
      'core/server/host.ts',
      'core-layer-service',
    ],
  ])('%s: refused', async (_what, from, code, target, rule) => {
    const violations = await violationsIn({
      [from]: code,
      [target]: 'export const studio = 1, host = 1, rule = 1;\nexport type Row = number;\n',
    });
    expect(violations).toEqual([expect.stringContaining(`${rule}: ${from} → ${target}`)]);
  });

  it('refuses an import cycle', async () => {
    const violations = await violationsIn({
      'core/course/a.ts': "import { b } from './b';\nexport const a = () => b();\n",
      'core/course/b.ts': "import { a } from './a';\nexport const b = () => a();\n",
    });
    expect(violations.some((violation) => violation.startsWith('no-cycles:'))).toBe(true);
  });

  it('lets each layer import the ones below it', async () => {
    const violations = await violationsIn({
      'core/errors.ts': 'export class AppError extends Error {}\n',
      'core/storage/file.ts': "import { AppError } from '../errors';\nexport const file = AppError;\n",
      'core/course/grade.ts': "import { file } from '../storage/file';\nexport const grade = file;\n",
      'core/progress/store.ts': "import { grade } from '../course/grade';\nexport const store = grade;\n",
      'core/service/studio.ts': "import { store } from '../progress/store';\nexport const studio = store;\n",
      'core/server/host.ts': "import { studio } from '../service/studio';\nexport const host = studio;\n",
    });
    expect(violations).toEqual([]);
  });
});
