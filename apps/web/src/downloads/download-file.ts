import { validAccessToken } from '../session/access-token.js';

/** The file an API route answered with could not be fetched; `status` is the HTTP status (0: no answer). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`Download failed (${status})`);
    this.name = 'DownloadError';
  }
}

/**
 * Downloads a file from an API route with the in-memory access token as a
 * Bearer header (never in the URL, where it would reach logs and history),
 * then hands the blob to the browser as a download.
 */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const token = await validAccessToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new DownloadError(0);
  }
  if (!response.ok) throw new DownloadError(response.status);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download has its data.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
