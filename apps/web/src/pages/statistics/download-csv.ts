import { validAccessToken } from '../../session/access-token.js';

/** Why a CSV download failed: the API's coded reason (e.g. PERIOD_TOO_LONG), or the HTTP status. */
export class DownloadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * GET /reports/municipalities.csv with the Bearer token (never in the URL),
 * saved through a blob link: the only way to attach a header to a download.
 */
export async function downloadMunicipalityCsv(period: { from: string; to: string }, regionCode: number | null): Promise<void> {
  const params = new URLSearchParams(period);
  if (regionCode !== null) params.set('regionCode', String(regionCode));
  const token = await validAccessToken();
  const response = await fetch(`/reports/municipalities.csv?${params.toString()}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    // The API's error body: { error: { code, reason?, message } }.
    const body = (await response.json().catch(() => ({}))) as { error?: { reason?: unknown; code?: unknown } };
    const { reason, code } = body.error ?? {};
    throw new DownloadError(typeof reason === 'string' ? reason : typeof code === 'string' ? code : 'NETWORK');
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `kommunestatistik-${period.from}-${period.to}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
