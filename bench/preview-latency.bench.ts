import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/chromium';
import { makeDataDir, startBrowserBuild } from '../tests/support/browser-build';
import { percentile, type Benchmark } from './harness';

// Keystroke → updated live preview in the Author area, for a 2,000-line module with 40 quizzes,
// measured from outside the app (no test hooks in production code). Needs `npm run build` first.
const LINES = 2000;
const QUIZZES = 40;
const SAMPLES = 30;
const FRAME_BUDGET_MS = 1000 / 60;
const MARKER = 'Benchmarkmarker';

function bigModule(): string {
  const lines = ['---', 'title: Big module', 'summary: Two thousand lines.', '---', ''];
  let quiz = 0;
  let page = 0;
  while (lines.length < LINES - 2) {
    if (lines.length % 100 === 5) {
      lines.push(`## Page ${++page}`, '');
      // The paragraph the benchmark types into sits on the first page.
      if (page === 1) lines.push(`The ${MARKER} paragraph`, '');
    } else if (quiz < QUIZZES && lines.length % 50 === 20) {
      quiz++;
      lines.push(
        '```quiz',
        `id: q-${quiz}`,
        'type: single',
        `prompt: Question ${quiz}, about *this* page?`,
        'choices:',
        '  - id: a',
        '    text: Right',
        '    correct: true',
        '  - id: b',
        '    text: Wrong',
        '```',
        '',
      );
    } else {
      lines.push(`Line ${lines.length} says **something** with a [link](https://example.com/${lines.length}) and \`code\`.`, '');
    }
  }
  return lines.join('\n');
}

function stats(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

const benchmark: Benchmark = {
  title: 'Author preview latency: keystroke → updated preview',
  async run() {
    const data = await makeDataDir();
    const folder = join(data.dir, 'courses', 'bench-course');
    await mkdir(join(folder, 'modules'), { recursive: true });
    await writeFile(join(folder, 'course.yml'), 'id: bench-course\ntitle: Bench course\nmodules:\n  - modules/01-big.md\n');
    const text = bigModule();
    await writeFile(join(folder, 'modules', '01-big.md'), text);
    const app = await startBrowserBuild(data.dir);
    const executablePath = findChromium();
    const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
    try {
      const page = await browser.newPage();
      await page.goto(`${app.url}#/author/bench-course/${encodeURIComponent('modules/01-big.md')}`);
      await page.getByLabel('New passcode').fill('bench passcode');
      await page.getByLabel('Type it again').fill('bench passcode');
      await page.getByRole('button', { name: 'Set passcode and continue' }).click();
      await page.locator('.preview-pane #player-title').waitFor();
      const editor = page.getByRole('textbox', { name: 'Module text' });
      await editor.getByText(`The ${MARKER} paragraph`).click();
      await page.keyboard.press('End');
      await page.locator('.preview-pane').getByText(`The ${MARKER} paragraph`).waitFor();

      // Observers installed from outside: the keydown time, the editor's echo of the key, and the
      // first preview mutation that shows the typed text.
      await page.evaluate((marker) => {
        const w = window as unknown as Record<string, unknown>;
        window.addEventListener('keydown', () => (w.keyAt = performance.now()), { capture: true });
        w.arm = (typed: string) =>
          (w.pending = new Promise<{ echo: number; preview: number }>((resolve) => {
            const host = document.querySelector('.code-editor');
            const content = host?.shadowRoot?.querySelector('.cm-content');
            const preview = document.querySelector('.preview-pane');
            if (!content || !preview) throw new Error('editor or preview missing');
            let echo = -1;
            const wanted = `${marker} paragraph${typed}`;
            const editorObserver = new MutationObserver(() => {
              if (echo < 0 && content.textContent?.includes(wanted)) echo = performance.now() - (w.keyAt as number);
            });
            const previewObserver = new MutationObserver(() => {
              if (!preview.textContent?.includes(wanted)) return;
              previewObserver.disconnect();
              editorObserver.disconnect();
              resolve({ echo, preview: performance.now() - (w.keyAt as number) });
            });
            editorObserver.observe(content, { subtree: true, childList: true, characterData: true });
            previewObserver.observe(preview, { subtree: true, childList: true, characterData: true });
          }));
      }, MARKER);
      type Armed = { arm: (typed: string) => void; pending: Promise<{ echo: number; preview: number }> };

      const echoes: number[] = [];
      const previews: number[] = [];
      let typed = '';
      for (let i = 0; i < SAMPLES + 3; i++) {
        const key = String.fromCharCode(97 + (i % 26));
        typed += key;
        await page.evaluate((t) => void (window as unknown as Armed).arm(t), typed);
        await page.keyboard.press(key);
        const { echo, preview } = await page.evaluate(() => (window as unknown as Armed).pending);
        if (i < 3) continue; // warm-up
        echoes.push(echo);
        previews.push(preview);
      }

      // The baseline: markdown-it rendering the same text in the same page.
      // The app's CSP allows scripts from its own origin only: serve the file there, to this page alone.
      const require = createRequire(import.meta.url);
      const scriptUrl = `${app.url}bench-only/markdown-it.min.js`;
      await page.route(scriptUrl, (route) =>
        route.fulfill({ path: require.resolve('markdown-it/dist/markdown-it.min.js'), contentType: 'text/javascript' }),
      );
      await page.addScriptTag({ url: scriptUrl });
      const renders = await page.evaluate(
        ({ source, runs }) => {
          const md = (window as unknown as { markdownit: () => { render: (s: string) => string } }).markdownit();
          const times: number[] = [];
          for (let i = 0; i < runs + 3; i++) {
            const start = performance.now();
            md.render(source);
            if (i >= 3) times.push(performance.now() - start);
          }
          return times;
        },
        { source: text, runs: SAMPLES },
      );

      const preview = stats(previews);
      const echo = stats(echoes);
      const baseline = stats(renders);
      console.log(`module: ${text.split('\n').length} lines, ${QUIZZES} quizzes; ${SAMPLES} keystrokes, each waited for`);
      console.log(
        `keystroke → editor shows it:   p50 ${echo.p50.toFixed(1)} ms, p95 ${echo.p95.toFixed(1)} ms  (frame budget ${FRAME_BUDGET_MS.toFixed(1)} ms)`,
      );
      console.log(
        `keystroke → preview updated:   p50 ${preview.p50.toFixed(1)} ms, p95 ${preview.p95.toFixed(1)} ms  (includes the 180 ms typing pause the preview waits for)`,
      );
      console.log(`markdown-it render, same text: p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms`);
      console.log(
        `ratio preview / markdown-it:   p50 ${(preview.p50 / baseline.p50).toFixed(1)}×, p95 ${(preview.p95 / baseline.p95).toFixed(1)}×`,
      );
      console.log(
        `preview minus the 180 ms pause: p50 ${(preview.p50 - 180).toFixed(1)} ms (${((preview.p50 - 180) / baseline.p50).toFixed(1)}× markdown-it)`,
      );
    } finally {
      await browser.close();
      await app.stop();
      await data.remove();
    }
  },
};

export default benchmark;
