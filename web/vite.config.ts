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
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
