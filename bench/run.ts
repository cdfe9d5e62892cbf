import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './harness';

// Every `*.bench.ts` beside this file is a benchmark; `npm run bench -- name` runs the ones whose file name contains it.
const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { default: Benchmark };
  console.log(`\n== ${module.default.title} (${file})`);
  await module.default.run();
}
if (files.length === 0) console.log(`No benchmark matches "${filter}".`);
