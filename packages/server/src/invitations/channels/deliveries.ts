import { and, desc, eq, lt } from 'drizzle-orm';
import type { TOrm } from '../../storage/database.ts';
import { surveyChannelDeliveries } from './channels-schema.ts';

/** A delivery as the log shows it. */
export type TChannelDeliveryOut = {
  id: number;
  kind: string;
  invitationId: string | null;
  customer: string | null;
  address: string | null;
  test: boolean;
  status: 'sent' | 'failed' | 'not_sendable';
  retry: boolean;
  httpStatus: number | null;
  durationMs: number | null;
  detail: string;
  response: string | null;
  at: string;
};

/** What one delivery row holds. */
export type TDeliveryRecord = {
  workspaceId: string;
  kind: string;
  invitationId: string | null;
  idempotencyKey: string;
  customer: string | null;
  address: string | null;
  test: boolean;
  status: 'sent' | 'failed' | 'not_sendable';
  retry: boolean;
  httpStatus: number | null;
  durationMs: number | null;
  detail: string;
  response: string | null;
};

const EXCERPT = 1000;

/** An address as the log keeps it: enough to recognise, not to reuse (138****8000, a***@example.com). */
export function maskAddress(address: string): string {
  const at = address.indexOf('@');
  if (at > 0) return `${address.slice(0, 1)}***${address.slice(at)}`;
  if (address.length <= 6) return '****';
  return `${address.slice(0, 3)}****${address.slice(-4)}`;
}

/** Appends a delivery to the log; returns its id. */
export async function recordDelivery(orm: TOrm, record: TDeliveryRecord): Promise<number> {
  const [row] = await orm
    .insert(surveyChannelDeliveries)
    .values({
      ...record,
      detail: record.detail.slice(0, EXCERPT),
      responseExcerpt: record.response === null ? null : record.response.slice(0, EXCERPT),
      address: record.address === null ? null : maskAddress(record.address),
    })
    .returning({ id: surveyChannelDeliveries.id });
  if (!row) throw new Error('the delivery was not recorded');
  return row.id;
}

/** A page of the workspace's delivery log, newest first, optionally of one kind. */
export async function listChannelDeliveries(
  orm: TOrm,
  workspaceId: string,
  page: { limit: number; before?: number | undefined; kind?: string | undefined },
): Promise<TChannelDeliveryOut[]> {
  const where = [eq(surveyChannelDeliveries.workspaceId, workspaceId)];
  if (page.before !== undefined) where.push(lt(surveyChannelDeliveries.id, page.before));
  if (page.kind !== undefined) where.push(eq(surveyChannelDeliveries.kind, page.kind));
  const rows = await orm
    .select()
    .from(surveyChannelDeliveries)
    .where(and(...where))
    .orderBy(desc(surveyChannelDeliveries.id))
    .limit(page.limit);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    invitationId: r.invitationId,
    customer: r.customer,
    address: r.address,
    test: r.test,
    status: r.status as TChannelDeliveryOut['status'],
    retry: r.retry,
    httpStatus: r.httpStatus,
    durationMs: r.durationMs,
    detail: r.detail,
    response: r.responseExcerpt,
    at: r.at.toISOString(),
  }));
}
