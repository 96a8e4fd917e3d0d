import type { GraphqlClient } from '@igu/testing';

export const IMPORT_FIELDS = `id status fileName rowsTotal rowsCreated rowsUpdated rowsUnchanged rowsRejected progress createdAt finishedAt`;

export interface ImportState {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  fileName: string | null;
  rowsTotal: number;
  rowsCreated: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  progress: number;
  createdAt: string;
  finishedAt: string | null;
  problems: { row: number; field: string | null; reason: string; message: string }[];
}

/** `POST /imports/handover` as the web app sends it: FormData with the field `file`, Bearer token. */
export function uploadHandover(
  baseUrl: string,
  token: string | null,
  csv: string | Uint8Array,
  fileName = 'handover.csv',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
  return fetch(`${baseUrl}/imports/handover`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
}

export async function uploadedImportId(baseUrl: string, token: string, csv: string, fileName?: string): Promise<string> {
  const response = await uploadHandover(baseUrl, token, csv, fileName);
  const body = (await response.json()) as { id?: string };
  if (response.status !== 202 || !body.id) throw new Error(`upload answered ${response.status}: ${JSON.stringify(body)}`);
  return body.id;
}

export async function importState(client: GraphqlClient, id: string, problems = 100): Promise<ImportState> {
  const { handoverImport } = await client.data<{ handoverImport: ImportState }>(
    `query($id: ID!, $first: Int) { handoverImport(id: $id) { ${IMPORT_FIELDS} problems(first: $first) { row field reason message } } }`,
    { id, first: problems },
  );
  return handoverImport;
}

/** Polls until the import has ended (COMPLETED or FAILED). */
export async function finishedImport(client: GraphqlClient, id: string, timeoutMs = 60_000, problems = 100): Promise<ImportState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await importState(client, id, problems);
    if (state.status === 'COMPLETED' || state.status === 'FAILED') return state;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${state.status} after ${timeoutMs} ms (${JSON.stringify(state)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
