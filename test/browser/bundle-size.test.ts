import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WEB = path.join(ROOT, 'dist', 'web');
const MANIFEST = path.join(WEB, '.vite', 'manifest.json');

/** product.md §4: the first route loads at most 300 KB of gzipped JavaScript. */
const LIMIT_BYTES = 300 * 1024;

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

/** The entry chunk and every chunk it imports statically (what the browser must load before the app runs). */
function firstRouteFiles(manifest: Record<string, Chunk>): string[] {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry[0]);
  return [...seen].map((key) => manifest[key]!.file);
}

const skip = existsSync(MANIFEST) ? undefined : 'ℹ Bundle-size test skipped: run `npm run build` first.';
if (skip) console.log(skip);

describe.skipIf(Boolean(skip))('web bundle (reads dist/web, builds nothing)', () => {
  it('loads the first route with at most 300 KB of gzipped JavaScript; charts are not part of it', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
    const files = firstRouteFiles(manifest);
    const sizes = files.map((f) => ({ f, gz: gzipSync(readFileSync(path.join(WEB, f))).length }));
    const total = sizes.reduce((s, x) => s + x.gz, 0);
    console.log(
      `first route: ${(total / 1024).toFixed(1)} KB gzipped JS in ${files.length} files (${sizes
        .map((x) => `${path.basename(x.f)} ${(x.gz / 1024).toFixed(1)}`)
        .join(', ')})`,
    );
    expect(total).toBeLessThanOrEqual(LIMIT_BYTES);
    // ECharts is only loaded by the chart pages.
    const firstRouteText = files.map((f) => readFileSync(path.join(WEB, f), 'utf8')).join('\n');
    expect(firstRouteText).not.toMatch(/echarts|zrender/i);
  });
});
