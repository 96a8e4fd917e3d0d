import { validAccessToken } from '../session/access-token.js';

const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/**
 * A file route's refusal: the API's coded body (`{ error: { code, reason?, retryAfterSeconds? } }`),
 * or the code its HTTP status stands for; status 0 and code NETWORK when nothing answered.
 * `errorMessage` turns it into the words a user reads.
 */
export class FileDownloadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`Download failed with HTTP ${status}`);
    this.name = 'FileDownloadError';
  }
}

async function refusal(response: Response): Promise<FileDownloadError> {
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: unknown; reason?: unknown; retryAfterSeconds?: unknown } };
  const { code, reason, retryAfterSeconds } = body.error ?? {};
  return new FileDownloadError(
    response.status,
    typeof code === 'string' ? code : (STATUS_CODES[response.status] ?? 'INTERNAL_SERVER_ERROR'),
    typeof reason === 'string' ? reason : undefined,
    typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
  );
}

/**
 * Downloads a file of the API (calendar file, agreement PDF, statistics CSV,
 * subject export) with the in-memory access token as a Bearer header, never in
 * the URL (where it would reach logs and history), and hands it to the browser
 * as a blob; the object URL is revoked once the click has been handled.
 */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const token = await validAccessToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'omit' });
  } catch {
    throw new FileDownloadError(0, 'NETWORK');
  }
  if (!response.ok) throw await refusal(response);
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
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
