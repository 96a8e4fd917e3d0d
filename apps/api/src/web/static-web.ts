import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isPageRequest } from './page-requests.js';

/**
 * Scripts only from this origin and no inline script. Mantine writes its CSS
 * variables into a <style> element at run time, hence 'unsafe-inline' for
 * styles only. Sockets (graphql-ws) go to the same origin.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * The built web app (`npm run build:web` → dist/web): hashed files under
 * /assets cached for a year, and index.html, never cached, for every page
 * request (see isPageRequest). Returns false when there is no build.
 */
export function serveBuiltWebApp(app: INestApplication, root: string): boolean {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = readFileSync(indexFile);
  // Never cached, always revalidated: an unchanged build answers 304.
  const indexEtag = `"${createHash('sha256').update(indexHtml).digest('base64url')}"`;
  app.use(
    '/assets',
    express.static(join(root, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
      setHeaders: securityHeaders,
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) {
      next();
      return;
    }
    securityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', indexEtag);
    res.type('html').send(indexHtml);
  });
  return true;
}
