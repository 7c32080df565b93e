import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

// Vite 8 compiles JSX itself (oxc), so no React plugin is needed for the build. The manifest
// (dist/web/.vite/manifest.json) lets test/browser/bundle-size.test.ts find the first route's chunks.
export default defineConfig({
  root,
  build: {
    outDir: path.join(root, '..', 'dist', 'web'),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    target: 'es2022',
    // The chart chunk (echarts/core with the bar chart) is ±520 kB before gzip; it loads only on chart pages.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" (for React Server Components); meaningless in this SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
