import { validAccessToken } from '../session/access-token.js';

const STATUS_CODES: Readonly<Record<number, string>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** A file route's refusal, with the contract code its status stands for (read by `errorMessage`). */
export class FileDownloadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`Download failed with HTTP ${status}`);
    this.name = 'FileDownloadError';
  }
}

/**
 * Downloads a file of the API (calendar file, agreement PDF) with the in-memory
 * access token as a Bearer header, never in the URL, and hands it to the
 * browser as a blob; the object URL is revoked right after the click.
 */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const token = await validAccessToken();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'omit' });
  if (!response.ok) throw new FileDownloadError(response.status, STATUS_CODES[response.status] ?? 'INTERNAL_SERVER_ERROR');
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has been dispatched; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
