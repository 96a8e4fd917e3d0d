import type { NextFunction, Request, Response } from 'express';
import { routeLabel } from './labels.js';
import type { Metrics } from './metrics.js';

/**
 * Times every HTTP request until its answer is sent. `mounts` are the path
 * prefixes answered by middleware rather than a route (`/graphql`, `/assets`),
 * which have no route template of their own.
 */
export function httpMetricsMiddleware(metrics: Metrics, mounts: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const stop = metrics.httpRequestDuration.startTimer();
    res.once('finish', () => {
      // originalUrl: inside a mount (Apollo's) Express has cut the prefix off req.url and req.path.
      const path = req.originalUrl.split('?')[0] ?? '';
      const route = routeLabel(req.route as { path?: unknown } | undefined, req.baseUrl, path, mounts);
      stop({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
