import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadProblemsCsv, FileRouteFailure, uploadHandoverFile } from './handover-files.js';

vi.mock('../../../session/access-token.js', () => ({ validAccessToken: () => Promise.resolve('token-in-memory') }));

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

describe('the handover file routes from the browser', () => {
  it('uploads the file in the multipart field "file" with the token in the Authorization header only', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ id: 'import-1' }), { status: 202 }));
    const file = new File(['cpr;navn\n'], 'overlevering.csv', { type: 'text/csv' });
    expect(await uploadHandoverFile(file)).toBe('import-1');
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/imports/handover');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ authorization: 'Bearer token-in-memory' });
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('turns a coded error answer into a FileRouteFailure with its code and reason', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_TOO_LARGE' }), { status: 413 }));
    const failure = await uploadHandoverFile(new File(['x'], 'x.csv')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileRouteFailure);
    expect((failure as FileRouteFailure).error).toEqual({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_TOO_LARGE' });
  });

  it('downloads the problems CSV through fetch and a blob, never with the token in the URL', async () => {
    fetchMock.mockResolvedValue(new Response('"row","field","reason","message"\r\n', { status: 200 }));
    const createObjectURL = vi.fn(() => 'blob:problems');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await downloadProblemsCsv('0b5e0f7a-1111-4222-8333-444455556666');
    expect(fetchMock.mock.calls[0][0]).toBe('/imports/handover/0b5e0f7a-1111-4222-8333-444455556666/problems.csv');
    expect(fetchMock.mock.calls[0][1]?.headers).toEqual({ authorization: 'Bearer token-in-memory' });
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(click).toHaveBeenCalledTimes(1);
  });
});
