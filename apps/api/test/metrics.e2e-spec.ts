import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MetricsServer } from '@igu/observability';
import { parsePrometheus, sampleValue } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CPR_LIKE = /\d{6}-?\d{4}/;

describe('API metrics (Prometheus, own port)', () => {
  let api: TestApi;
  let metricsUrl: string;

  beforeAll(async () => {
    api = await startTestApi({ METRICS_PORT: '0' });
    metricsUrl = `http://127.0.0.1:${api.app.get(MetricsServer).port}/metrics`;
  });

  afterAll(async () => {
    await api.close();
  });

  it('times HTTP requests by route template and GraphQL operations by bounded name, with no id or CPR in any label', async () => {
    await api.client.data('query MunicipalityList { municipalities { code } }');
    await api.client.data('{ __typename }');
    await api.client.request('query q0101901234 { __typename }'); // a CPR smuggled into an operation name
    await api.client.request(`query Lookup { node(id: "${randomUUID()}") { id } }`);
    await fetch(`${api.baseUrl}/reports/municipalities.csv?from=2026-03-01&to=2026-03-31&cpr=0101901234`);
    await fetch(`${api.baseUrl}/reports/${randomUUID()}`);

    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const samples = parsePrometheus(text);
    const http = (labels: Record<string, string>) =>
      sampleValue(samples, 'http_request_duration_seconds_count', { process: 'api', ...labels });
    const operation = (labels: Record<string, string>) => sampleValue(samples, 'graphql_operation_duration_seconds_count', labels);

    expect(http({ method: 'GET', route: '/reports/municipalities.csv', status: '401' })).toBe(1);
    expect(http({ method: 'POST', route: '/graphql', status: '200' })).toBe(4);
    expect(http({ method: 'GET', route: 'other', status: '404' })).toBe(1);
    expect(operation({ operation: 'MunicipalityList', type: 'query', outcome: 'success' })).toBe(1);
    expect(operation({ operation: 'anonymous', type: 'query', outcome: 'success' })).toBe(1);
    expect(operation({ operation: 'other', type: 'query', outcome: 'success' })).toBe(1);
    expect(operation({ operation: 'Lookup', type: 'query', outcome: 'error' })).toBe(1);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    const values = samples.flatMap((sample) => Object.values(sample.labels));
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((value) => UUID.test(value) || CPR_LIKE.test(value))).toEqual([]);
  });

  it('serves metrics on its own port only', async () => {
    expect((await fetch(`${api.baseUrl}/metrics`)).status).toBe(404);
    expect((await fetch(metricsUrl.replace('/metrics', '/other'))).status).toBe(404);
  });
});
