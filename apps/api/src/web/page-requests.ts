import type { Request } from 'express';

/**
 * Paths the API answers itself; the page fallback never shadows them, whatever
 * the request accepts. The web app's own routes are prefixed by role
 * (/employer/…, /jobcentre/…, /union/…, /administration/…) so they cannot collide.
 */
const API_PATHS = [
  '/graphql',
  '/health',
  '/altair',
  '/admin', // also /admin/queues (the queue dashboard) and /admin/queue-session
  '/auth',
  '/reports',
  '/imports',
  '/proposals',
  '/programmes',
  '/candidates',
  '/assets',
];

export function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** A browser navigating to a page of the web app: GET, wants HTML, and no API route matches. */
export function isPageRequest(req: Request): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !isApiPath(req.path);
}
