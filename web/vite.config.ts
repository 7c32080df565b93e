import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

// Vite 8 compiles JSX itself (oxc), so no React plugin is needed for the build.
export default defineConfig({
  root,
  build: { outDir: path.join(root, '..', 'dist', 'web'), emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
