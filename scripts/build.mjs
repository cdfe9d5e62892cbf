// Builds everything the app runs from: the renderer (Vite) into dist/renderer, and the Node-side
// entries (esbuild) into dist/server and dist/electron. Each entry is one self-contained bundle, so
// the packaged app needs no node_modules.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

export async function buildAll() {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await Promise.all([
    esbuild({
      ...node,
      entryPoints: ['core/server/serve-cli.ts'],
      outfile: 'dist/server/serve.mjs',
      format: 'esm',
      // Bundled CommonJS dependencies still call require(); give the ES module one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    }),
    esbuild({ ...node, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', external: ['electron'] }),
    // The preload runs sandboxed, where only `electron` can be required: everything else is bundled in.
    esbuild({ ...node, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await buildAll();
  console.log(`Built renderer, browser-build server and desktop shell into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
