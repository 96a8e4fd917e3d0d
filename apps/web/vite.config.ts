import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Built into dist/web, which the API serves in production; in development the
 * API runs this config in middleware mode (apps/api/src/web/).
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    // The real budget is the sign-in route's (scripts/check-bundle-size.mjs); the shared vendor chunk is bigger.
    chunkSizeWarningLimit: 700,
    // Hashed file names are cached for a year; the sign-in route stays small (scripts/check-bundle-size.ts).
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
