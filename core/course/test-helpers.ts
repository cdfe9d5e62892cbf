import { compileModuleSource, type ModuleResult } from './compile-module';
import type { Quiz } from './model';

/** A module file around `body`, with a one-line front matter (so the body starts on line 4). */
export function moduleText(body: string): string {
  return `---\ntitle: Test module\n---\n${body}`;
}

export function compileBody(body: string, fileName = 'modules/01-test.md'): ModuleResult {
  return compileModuleSource(moduleText(body), fileName, { courseId: 'test' });
}

/** Compiles one quiz fence; fails the test with the diagnostics if the quiz did not compile. */
export function quizFrom(yaml: string): Quiz {
  const result = compileBody('```quiz\n' + yaml.trim() + '\n```\n');
  const quiz = result.module.quizzes[0];
  if (!quiz) throw new Error(`quiz did not compile: ${JSON.stringify(result.diagnostics)}`);
  return quiz;
}

/** `line:column code` of every diagnostic, the compact form tables compare against. */
export function where(result: ModuleResult): string[] {
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}
