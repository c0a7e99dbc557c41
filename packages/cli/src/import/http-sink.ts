import { z } from 'zod';
import type { TIngestReport, TMomentSink } from './sink.ts';

const ZReport = z.looseObject({
  ok: z.boolean(),
  created: z.number(),
  duplicates: z.number(),
  // A server before conflicts were reported counts none.
  conflicts: z.number().default(0),
  rejected: z.number(),
  breaches: z.number(),
  items: z.array(
    z.looseObject({
      index: z.number(),
      eventId: z.string().optional(),
      status: z.enum(['created', 'duplicate', 'conflict', 'rejected']),
      errors: z
        .array(
          z.object({
            code: z.string(),
            message: z.string(),
            path: z.array(z.union([z.string(), z.number()])),
          }),
        )
        .optional(),
    }),
  ),
});
const ZErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * A sink posting batches to a running server's `POST /api/moments` with an API key (for when the server
 * holds the embedded database, which allows one process at a time). A refused batch answers 422 with the same per-item report
 * that `ingestMoments` gives, so the import handles both sinks alike.
 */
export function createHttpSink(
  serverUrl: string,
  credentials: { apiKey: string; workspaceKey?: string | undefined },
): TMomentSink {
  const url = new URL('/api/moments', serverUrl).toString();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${credentials.apiKey}`,
    // A key works in its own workspace; naming another is refused rather than silently ignored.
    ...(credentials.workspaceKey === undefined ? {} : { 'x-workspace': credentials.workspaceKey }),
  };
  return {
    async send(moments): Promise<TIngestReport> {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ moments }),
        });
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
        throw new Error(`--server ${serverUrl}: cannot reach the server (${cause})`);
      }
      const body: unknown = await response.json().catch(() => undefined);
      const report = ZReport.safeParse(body);
      if ((response.ok || response.status === 422) && report.success) return report.data;
      const problem = ZErrorBody.safeParse(body);
      const what = problem.success
        ? `${problem.data.error.code}: ${problem.data.error.message}`
        : 'no error body';
      throw new Error(`--server ${serverUrl}: POST /api/moments answered ${response.status} (${what})`);
    },
  };
}
