import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, loadConfig } from '@igu/config';
import { TEST_SECRETS } from '@igu/testing';
import { parse } from 'yaml';

interface Service {
  image?: string;
  container_name?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  depends_on?: Partial<Record<string, { condition: string }>>;
  healthcheck?: { test: string[] };
  environment?: Record<string, string>;
  stop_grace_period?: string;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service> };

describe('docker-compose.yml (no Docker engine here, so the file itself is checked)', () => {
  it('runs postgres, redis, a one-shot migrate, api and worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'migrate', 'postgres', 'redis', 'worker']);
  });

  it('gives every long-running service a health check and publishes the expected ports', () => {
    for (const name of ['postgres', 'redis', 'api', 'worker']) {
      expect(compose.services[name].healthcheck?.test.length).toBeGreaterThan(0);
    }
    expect(compose.services.postgres.ports).toContain('5432:5432');
    expect(compose.services.redis.ports).toContain('6379:6379');
    expect(compose.services.api.ports).toEqual(['3000-3009:3000']);
    expect(compose.services.api.healthcheck!.test.join(' ')).toContain('/health/ready');
    expect(compose.services.worker.healthcheck!.test.join(' ')).toContain('3001/health/ready');
  });

  it('builds api, worker and migrate from one Dockerfile and migrates before they start', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      expect(compose.services[name].build).toBe('.');
      expect(compose.services[name].environment?.REDIS_URL).toBe('redis://redis:6379');
    }
    expect(compose.services.migrate.command).toContain('dist/scripts/migrate.js');
    expect(compose.services.api.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(compose.services.worker.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(compose.services.worker.command?.join(' ')).not.toContain('migrate');
  });

  it('gives api and worker longer to stop than their shutdown timeout', () => {
    const shutdownTimeoutSeconds = loadConfig({ DATABASE_URL: 'postgres://x@localhost/x', ...TEST_SECRETS }).SHUTDOWN_TIMEOUT_MS / 1000;
    for (const name of ['api', 'worker']) {
      const grace = /^(\d+)s$/.exec(compose.services[name].stop_grace_period ?? '');
      expect(Number(grace?.[1] ?? 10)).toBeGreaterThan(shutdownTimeoutSeconds); // Docker's default is 10 s
    }
  });
});

describe('docker-compose.yml scales api and worker (`--scale worker=3`)', () => {
  /** `host:container`, `ip:host:container` or a bare container port; a fixed host port allows one replica only. */
  const fixedHostPort = (mapping: string) => {
    const parts = mapping.split(':');
    const host = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    return host !== undefined && /^\d+$/.test(host);
  };

  it('names no container', () => {
    for (const [name, service] of Object.entries(compose.services)) expect([name, service.container_name]).toEqual([name, undefined]);
  });

  it('publishes no fixed host port on api or worker', () => {
    expect(fixedHostPort('3000:3000')).toBe(true);
    expect(fixedHostPort('127.0.0.1:3000:3000')).toBe(true);
    expect(fixedHostPort('3000-3009:3000')).toBe(false);
    expect(fixedHostPort('3000')).toBe(false);
    for (const name of ['api', 'worker']) expect((compose.services[name].ports ?? []).filter(fixedHostPort)).toEqual([]);
  });

  it('serves metrics on their own ports, published to no host', () => {
    expect(compose.services.api.environment?.METRICS_PORT).toBe('9464');
    expect(compose.services.worker.environment?.WORKER_METRICS_PORT).toBe('9465');
    for (const name of ['api', 'worker']) expect((compose.services[name].ports ?? []).join(' ')).not.toMatch(/946[45]/);
  });

  it('runs production images', () => {
    for (const name of ['api', 'worker', 'migrate']) expect(compose.services[name].environment?.NODE_ENV).toBe('production');
  });
});

describe('.env.example', () => {
  it('documents every configuration variable', () => {
    const documented = new Set(
      readFileSync('.env.example', 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split('=')[0]),
    );
    expect(CONFIG_VARIABLES.filter((key) => !documented.has(key))).toEqual([]);
  });
});
