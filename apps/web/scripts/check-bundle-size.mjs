// The sign-in page's first load must stay ≤ 250 kB of JavaScript, gzipped: the
// entry chunk, the sign-in route's chunk and every chunk they import statically
// (Vite's manifest lists them). Run after `vite build`; exits 1 beyond the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1000;
const outDir = new URL('../../../dist/web/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));

const files = new Set();
function include(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) include(imported);
}
include('index.html');
include('src/pages/SignInPage.tsx');
if (!manifest['src/pages/SignInPage.tsx']) throw new Error('the sign-in page is no longer its own chunk');

const sizes = [...files].map((file) => ({ file, gzip: gzipSync(readFileSync(join(outDir, file))).length }));
const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
for (const { file, gzip } of sizes) console.log(`  ${(gzip / 1000).toFixed(1).padStart(7)} kB  ${file}`);
console.log(`sign-in first load: ${(total / 1000).toFixed(1)} kB of JavaScript gzipped (budget ${BUDGET_BYTES / 1000} kB)`);
if (total > BUDGET_BYTES) {
  console.error('Over budget: split the sign-in route further or drop a dependency.');
  process.exit(1);
}
