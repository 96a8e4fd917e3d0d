import { defineConfig } from '@playwright/test';

/**
 * Browser tests (`*.pw.ts`) against the real thing: `npm run dev` (embedded
 * PostgreSQL with the demo data, API with the web app in Vite middleware, worker)
 * on its own ports and cluster, stopped with SIGTERM so it shuts down in order.
 *
 * Playwright is pinned (1.65.1) and drives Debian's Chromium (156.0.8078.114 when
 * pinned); Playwright's own browser download is not possible here.
 *
 * PW_PORT, PW_POSTGRES_PORT and PW_DATA_DIR move the server, so two runs on one
 * machine do not share a port or a cluster.
 */
// Overridable so two checkouts can run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 3200);
// Below Linux's ephemeral range (32768–60999), where a port the OS hands to another client could collide.
const PG_PORT = process.env.PW_PG_PORT ?? '25439';
const DATA_DIR = process.env.PW_DATA_DIR ?? '.data/playwright-postgres';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.pw.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: '../../test-results/web',
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        // The machine has no outside network: keep Chromium from trying.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'npm run dev',
    cwd: '../..',
    url: `http://localhost:${PORT}/health/ready`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    env: {
      API_PORT: String(PORT),
      PORT: '', // a platform PORT in the environment would win over API_PORT
      WORKER_HEALTH_PORT: String(PORT + 1),
      // One browser IP and a few users at machine speed: whole-API limits off.
      API_RATE_LIMIT_PER_IP: '0',
      API_RATE_LIMIT_PER_USER: '0',
      DEV_POSTGRES_PORT: PG_PORT,
      DEV_DATA_DIR: DATA_DIR,
      LOG_LEVEL: 'warn',
    },
  },
});
