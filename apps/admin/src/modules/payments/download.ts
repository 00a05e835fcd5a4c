import { authHeaders } from '../../auth/session-store.js';

/** The file name a `Content-Disposition: attachment; filename="…"` header gives, if any. */
export function fileNameOf(disposition: string | null): string | null {
  const match = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  return match?.[1] ?? null;
}

/** Where the API serves a round's files (GET with the bearer token). */
export const downloadPaths = {
  paymentsCsv: (roundId: string) => `/exports/payments.csv?roundId=${encodeURIComponent(roundId)}`,
  roundArchive: (roundId: string) => `/exports/rounds/${encodeURIComponent(roundId)}/archive.zip`,
};

/**
 * Fetches a file with the signed-in user's token and hands it to the browser as a download (a
 * link cannot carry the bearer token). Rejects with the API's message when it answers an error.
 */
export async function downloadFile(
  path: string,
  fallbackName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const response = await fetchImpl(path, { headers: authHeaders() });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: string };
    } | null;
    throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  }
  const name = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
  return name;
}
