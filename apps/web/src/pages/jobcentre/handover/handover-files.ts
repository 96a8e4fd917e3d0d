import { validAccessToken } from '../../../session/access-token.js';

/** What a handover file route answers on error: `{ code, reason?, message }`. */
export interface FileRouteError {
  code: string;
  reason?: string;
}

export class FileRouteFailure extends Error {
  constructor(readonly error: FileRouteError) {
    super(error.reason ?? error.code);
  }
}

async function authorized(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await validAccessToken();
  const response = await fetch(path, { ...init, headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (response.ok) return response;
  const body = (await response.json().catch(() => ({}))) as Partial<FileRouteError>;
  throw new FileRouteFailure({ code: body.code ?? 'INTERNAL_SERVER_ERROR', reason: body.reason });
}

/** `POST /imports/handover` with the file in the multipart field `file`; the token goes in the header, never in the URL. */
export async function uploadHandoverFile(file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await authorized('/imports/handover', { method: 'POST', body: form });
  return ((await response.json()) as { id: string }).id;
}

/** Downloads all problems of an import as CSV: fetched with the Bearer token, saved from a blob. */
export async function downloadProblemsCsv(importId: string): Promise<void> {
  const response = await authorized(`/imports/handover/${encodeURIComponent(importId)}/problems.csv`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `overlevering-${importId.slice(0, 8)}-problemer.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
