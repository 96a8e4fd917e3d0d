/**
 * Label values are a small fixed set, never data: Prometheus keeps one series
 * per distinct value forever, and a scrape must not reveal who did what. So a
 * route is its template (`/proposals/:id/interview.ics`), and a GraphQL
 * operation name, chosen by the client, is kept only while it looks like a
 * name (no digit runs that could be an id, a CPR or a phone number) and only
 * for the first MAX_OPERATION_NAMES distinct names; the rest are `other`.
 */
export const MAX_OPERATION_NAMES = 200;
/** Letters and `_`, with at most three digits in a row (`Step2Details`, not `q0101901234`). */
const OPERATION_NAME = /^[A-Za-z][A-Za-z_]*(?:\d{1,3}[A-Za-z_]+)*\d{0,3}$/;

export class OperationNames {
  private readonly seen = new Set<string>();

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (name.length > 64 || !OPERATION_NAME.test(name) || /[0-9a-f]{16}/i.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATION_NAMES) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** A route template from Express (`req.route`), a known mount (`/graphql`), else `other`: never the URL itself. */
export function routeLabel(route: { path?: unknown } | undefined, baseUrl: string, path: string, mounts: readonly string[]): string {
  // Nest mounts middleware (Apollo's) and its not-found handler as wildcard routes: `/graphql{/*splat}`, `{/*splat}`.
  const template = typeof route?.path === 'string' ? `${baseUrl}${route.path}`.replace(WILDCARD, '') : '';
  if (template) return template;
  return mounts.find((mount) => path === mount || path.startsWith(`${mount}/`)) ?? 'other';
}

const WILDCARD = /\{?\/\*\w+\}?$/;
