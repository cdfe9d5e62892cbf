import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from `/` by both shells (http://127.0.0.1 and the desktop app's app:// origin).
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inline assets would need `data:` script/style sources; keep every asset a file for the CSP.
    assetsInlineLimit: 0,
    sourcemap: true,
    // One bundle for a local app: nothing is downloaded, so chunk size does not cost load time.
    chunkSizeWarningLimit: 1500,
  },
});
