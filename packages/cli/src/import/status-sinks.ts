import { DEFAULT_WORKSPACE, ensureWorkspace, findWorkspace, ingestCustomerStatus } from '@mot/server';
import type { TCustomerStatusReport, TDatabase } from '@mot/server';
import type { TStatusSink } from './import-status.ts';

/** A status sink writing straight into the database (the workspace must exist, except the default one). */
export async function createStatusDatabaseSink(db: TDatabase, workspaceKey: string): Promise<TStatusSink> {
  const workspace =
    workspaceKey === DEFAULT_WORKSPACE.key
      ? await ensureWorkspace(db, DEFAULT_WORKSPACE)
      : await findWorkspace(db, workspaceKey);
  if (!workspace) throw new Error(`--workspace ${workspaceKey}: no such workspace`);
  return { send: (events) => ingestCustomerStatus(db, workspace.id, events) };
}

/**
 * A status sink posting batches to a running server's `POST /api/customer-status` with an API key; a refused
 * batch answers 422 with the per-item report, handled like the database's.
 */
export function createStatusHttpSink(
  serverUrl: string,
  credentials: { apiKey: string; workspaceKey?: string | undefined },
): TStatusSink {
  const url = new URL('/api/customer-status', serverUrl).toString();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${credentials.apiKey}`,
    ...(credentials.workspaceKey === undefined ? {} : { 'x-workspace': credentials.workspaceKey }),
  };
  return {
    async send(events): Promise<TCustomerStatusReport> {
      let response: Response;
      try {
        response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ events }) });
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
        throw new Error(`--server ${serverUrl}: cannot reach the server (${cause})`);
      }
      const body = (await response.json().catch(() => undefined)) as
        (TCustomerStatusReport & { error?: { code: string; message: string } }) | undefined;
      if (response.ok && body) return body;
      // A refused batch: 422 batch_rejected with the report in the error's details.
      const report = body as (Partial<TCustomerStatusReport> & { error?: { message: string } }) | undefined;
      if (response.status === 422 && report && Array.isArray(report.items))
        return report as TCustomerStatusReport;
      const what = body?.error ? `${body.error.code}: ${body.error.message}` : 'no error body';
      throw new Error(
        `--server ${serverUrl}: POST /api/customer-status answered ${response.status} (${what})`,
      );
    },
  };
}
