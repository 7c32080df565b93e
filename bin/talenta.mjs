#!/usr/bin/env node
// The `talenta` command: runs the compiled CLI (npm install builds it through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/server/cli/run.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('Talenta belum dibangun. Jalankan `npm run build` (npm install melakukannya otomatis).');
  process.exit(2);
}
await import(entry.href);
