import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The type-aware rules need a file of the TypeScript project: the snippets stand in for the text of
// one (the file on disk is not read or changed), linted with the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });
const standIn = 'core/course/unique-ids.ts';

async function promiseRuleErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: standIn });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('-promises') ?? false)
    .map((message) => message.ruleId ?? '');
}

const save = 'export async function save(): Promise<void> {}\n';

// The first type-aware lint builds the TypeScript program of the whole project: tens of seconds on a
// busy machine. It is paid once here, under its own cap, so each case below only lints a snippet.
beforeAll(async () => {
  await eslint.lintText(save, { filePath: standIn });
}, 300_000);

describe('promise rules', () => {
  it.each([
    ['a promise nobody awaits', `${save}export function run(): void {\n  save();\n}\n`, '@typescript-eslint/no-floating-promises'],
    [
      'an async callback where nothing awaits it',
      `${save}export function run(): void {\n  setTimeout(async () => save(), 1);\n}\n`,
      '@typescript-eslint/no-misused-promises',
    ],
  ])('%s is refused', async (_what, code, rule) => {
    expect(await promiseRuleErrors(code)).toEqual([rule]);
  });

  it.each([
    ['awaited', `${save}export async function run(): Promise<void> {\n  await save();\n}\n`],
    ['marked as ignored on purpose', `${save}export function run(): void {\n  setTimeout(() => void save(), 1);\n}\n`],
  ])('a promise %s passes', async (_what, code) => {
    expect(await promiseRuleErrors(code)).toEqual([]);
  });
});
