import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from './support/test-api.js';

const INDEX = '<!doctype html><title>IGU Match</title><script type="module" src="/assets/index-Ab12Cd.js"></script>';
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the built web app served by the API', () => {
  let api: TestApi;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'igu-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'index-Ab12Cd.js'), 'console.log(1)');
    api = await startTestApi({}, { webRoot: root });
  });

  afterAll(async () => {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = HTML, method = 'GET') =>
    fetch(`${api.baseUrl}${path}`, { method, headers, redirect: 'manual' });

  it.each(['/', '/sign-in', '/employer/positions', '/jobcentre/candidates', '/administration/users', '/some/unknown/page'])(
    'answers the page %s with index.html, never cached, under a strict CSP',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('revalidates index.html by its ETag: an unchanged build answers 304', async () => {
    const etag = (await get('/')).headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    // As a browser revalidates (fetch would add `cache-control: no-cache`, which forbids a 304).
    const revalidate = { ...HTML, 'cache-control': 'max-age=0' };
    const again = await get('/employer/positions', { ...revalidate, 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/', { ...revalidate, 'if-none-match': '"another-build"' })).status).toBe(200);
  });

  it('serves hashed assets with a year of immutable caching; a missing asset is a 404, not the page', async () => {
    const asset = await get('/assets/index-Ab12Cd.js', {});
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log(1)');
    const missing = await get('/assets/index-missing.js', HTML);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toBe(INDEX);
  });

  it('answers only GET requests that accept HTML', async () => {
    expect(await (await get('/employer/positions', { accept: 'application/json' })).text()).not.toBe(INDEX);
    expect(await (await get('/employer/positions', { accept: '*/*' })).text()).not.toBe(INDEX);
    expect((await get('/employer/positions', {})).status).toBe(404);
    const post = await get('/employer/positions', HTML, 'POST');
    expect(post.status).toBe(404);
    expect(await post.text()).not.toBe(INDEX);
  });

  it.each(['/health/live', '/health/ready'])('leaves %s to the API', async (path) => {
    const response = await get(path);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });

  it('leaves /graphql to the API, for a browser too', async () => {
    // A GET from a browser reaches Apollo, whose CSRF prevention answers; never the page.
    const response = await get('/graphql?query=%7B__typename%7D');
    expect(await response.text()).not.toBe(INDEX);
    const post = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { ...HTML, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    '/altair',
    '/admin',
    '/reports/x.csv',
    '/imports/1',
    '/proposals/abc/contract.pdf',
    '/programmes/abc/plan.pdf',
    '/candidates/abc/cv.pdf',
    '/auth/refresh',
  ])('never answers the API path %s with the page', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toBe(INDEX);
  });

  it('answers /admin/queues itself: the queue dashboard, 401 without its grant cookie', async () => {
    const response = await get('/admin/queues');
    expect(response.status).toBe(401);
    expect(await response.text()).not.toBe(INDEX);
  });
});
