import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { compileCourse, createCourseCompiler } from '../core/course/index';
import { measure, reportRatio, type Benchmark } from './harness';

// A generated course of 500 modules, each with prose, a callout, and quizzes cycling through every type.
const MODULES = 500;

const quizzes = [
  (id: string) =>
    `\`\`\`quiz\nid: ${id}\ntype: single\nprompt: Which opening works *best*?\nchoices:\n  - id: a\n    text: Ask about their goals\n    correct: true\n    feedback: Yes.\n  - id: b\n    text: Start with the price\n    feedback: Too early.\n\`\`\`\n`,
  (id: string) =>
    `\`\`\`quiz\nid: ${id}\ntype: multiple\nprompt: Pick the open questions.\npartial-credit: true\nchoices:\n  - { id: a, text: What matters most to you?, correct: true }\n  - { id: b, text: How do you decide?, correct: true }\n  - { id: c, text: Is it blue? }\n\`\`\`\n`,
  (id: string) => `\`\`\`quiz\nid: ${id}\ntype: true-false\nprompt: Listening beats talking.\nanswer: true\n\`\`\`\n`,
  (id: string) =>
    `\`\`\`quiz\nid: ${id}\ntype: text\nprompt: Name the technique.\naccept: [mirroring, mirror]\npatterns: ["mirror(ing)?"]\n\`\`\`\n`,
  (id: string) =>
    `\`\`\`quiz\nid: ${id}\ntype: order\nprompt: Order the steps.\nitems:\n  - { id: greet, text: Greet }\n  - { id: ask, text: Ask }\n  - { id: close, text: Close }\n\`\`\`\n`,
  (id: string) =>
    `\`\`\`quiz\nid: ${id}\ntype: match\nprompt: Match them.\nleft:\n  - { id: d, text: Driver, match: speed }\n  - { id: a, text: Amiable, match: trust }\nright:\n  - { id: speed, text: Speed }\n  - { id: trust, text: Trust }\n\`\`\`\n`,
  (id: string) =>
    `\`\`\`quiz\nid: ${id}\ntype: scenario\nprompt: A customer calls.\nsteps:\n  - id: s1\n    text: First?\n    choices:\n      - { id: listen, text: Listen, next: won }\n      - { id: argue, text: Argue, next: lost }\noutcomes:\n  - { id: won, title: Won, score: 5 }\n  - { id: lost, title: Lost, score: 0 }\n\`\`\`\n`,
  (id: string) => `\`\`\`quiz\nid: ${id}\ntype: reflection\nprompt: How did it go?\nscale: { min: 1, max: 5 }\n\`\`\`\n`,
];

const prose = (n: number) =>
  Array.from(
    { length: 6 },
    (_, p) =>
      `Paragraph ${p} of module ${n}: a consultative seller **listens** first, asks *open* questions and ` +
      `summarises what the customer said before proposing anything. See [the guide](https://example.com/guide/${p}).\n\n` +
      `- Point one about rapport\n- Point two about needs\n- Point three about \`next steps\`\n`,
  ).join('\n');

function moduleText(n: number, revision = 0): string {
  const id = (k: number) => `m${n}-q${k}`;
  return [
    `---\ntitle: Module ${n} (rev ${revision})\nsummary: Generated module\nminutes: 10\nobjectives:\n  - Practise\npass-mark: 70\n---\n`,
    `Intro for module ${n}.\n\n## Reading\n\n${prose(n)}\n::: tip Remember\nAsk before you tell.\n:::\n\n## Questions\n\n`,
    ...[0, 1, 2].map((k) => (quizzes[(n + k) % quizzes.length] as (id: string) => string)(id(k)) + '\n'),
  ].join('');
}

function writeCourse(folder: string): string[] {
  mkdirSync(join(folder, 'modules'), { recursive: true });
  const files = Array.from({ length: MODULES }, (_, n) => `modules/${String(n).padStart(3, '0')}-module-${n}.md`);
  files.forEach((file, n) => writeFileSync(join(folder, file), moduleText(n)));
  writeFileSync(join(folder, 'course.yml'), `id: bench\ntitle: Bench\nmodules:\n${files.map((file) => `  - ${file}`).join('\n')}\n`);
  return files;
}

const benchmark: Benchmark = {
  title: `Course compile: ${MODULES} modules`,
  async run() {
    const folder = mkdtempSync(join(tmpdir(), 'course-bench-'));
    try {
      const files = writeCourse(folder);
      const sources = files.map((file) => readFileSync(join(folder, file), 'utf8'));
      const check = await compileCourse(folder);
      if (check.diagnostics.length > 0)
        throw new Error(`generated course has diagnostics: ${JSON.stringify(check.diagnostics.slice(0, 3))}`);

      // The baseline renders exactly the bytes compileCourse reads (front matter and quiz fences
      // included, which plain markdown-it treats as text and code) with the same options our
      // markdown-it uses (html, linkify and typographer off): the one thing it skips is the I/O.
      const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
      const render = await measure(() => sources.map((source) => md.render(source)), { runs: 10 });
      const cold = await measure(() => compileCourse(folder), { runs: 10 });
      reportRatio('compileCourse, cold cache, vs markdown-it.render of the same text', cold, render, 1.5);

      const compiler = createCourseCompiler();
      await compiler.compile(folder);
      let revision = 0;
      const changed = files[250] as string;
      const incremental = await measure(
        async () => {
          writeFileSync(join(folder, changed), moduleText(250, ++revision));
          await compiler.compile(folder);
        },
        { runs: 10 },
      );
      reportRatio('recompile after changing one module vs cold compile', incremental, cold);
      reportRatio('recompile after changing one module vs markdown-it.render of the whole course', incremental, render);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
export default benchmark;
