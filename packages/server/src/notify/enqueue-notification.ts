import { and, eq, sql } from 'drizzle-orm';
import { enqueueJob, enqueueJobs } from '../jobs/enqueue.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import { notificationChannels } from '../storage/jobs-schema.ts';
import { subscriptionMatches } from './channels.ts';
import type { TNotification, TSubscription } from './channels.ts';

/** The job kind that sends one delivery. */
export const DELIVER_JOB = 'notify.deliver';

/**
 * Notifies staff, in the caller's transaction: one delivery (and its job) per enabled channel of the
 * workspace subscribed to the event and, when the channel is narrowed, to the notification's journey
 * (`data.journey`, a key, or `data.journeyId`), department (`data.department`) or severity. Idempotent on key + channel: enqueueing
 * the same key again sends nothing more. Delivered at least once; receivers dedupe by `webhook-id`.
 */
export async function enqueueNotification(tx: TOrm, n: TNotification): Promise<void> {
  await enqueueNotifications(tx, n.workspaceId, [n]);
}

/**
 * `enqueueNotification` for many notifications of one workspace (the cases a batch opened): the channels
 * read once, the deliveries written by one statement and their jobs by another.
 */
export async function enqueueNotifications(
  tx: TOrm,
  workspaceId: string,
  notifications: readonly TNotification[],
): Promise<void> {
  if (notifications.length === 0) return;
  const channels = await tx
    .select({ id: notificationChannels.id, subscription: notificationChannels.subscription })
    .from(notificationChannels)
    .where(and(eq(notificationChannels.workspaceId, workspaceId), eq(notificationChannels.enabled, true)));
  if (channels.length === 0) return;
  const journeys = await journeyKeys(tx, workspaceId, channels, notifications);
  const rows: Array<[number, string, string, TNotification]> = [];
  for (const n of notifications) {
    if (n.workspaceId !== workspaceId) throw new Error('enqueueNotifications: one workspace per call');
    const journey =
      typeof n.data['journey'] === 'string'
        ? n.data['journey']
        : (journeys.get(Number(n.data['journeyId'])) ?? null);
    for (const channel of channels) {
      if (subscriptionMatches(channel.subscription as TSubscription, n, journey))
        rows.push([channel.id, n.key, n.event, n]);
    }
  }
  if (rows.length === 0) return;
  const inserted = await queryRows<{ id: string | number; channel: string | number; key: string }>(
    tx,
    sql`insert into notification_deliveries (workspace_id, channel_id, key, event, message)
        select ${workspaceId}, (v->>0)::int8, v->>1, v->>2, v->3
        from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) v
        on conflict (channel_id, key) do nothing
        returning id, channel_id as channel, key`,
  );
  await enqueueJobs(
    tx,
    inserted.map((d) => ({
      workspaceId,
      kind: DELIVER_JOB,
      key: `${Number(d.channel)}:${d.key}`,
      payload: { deliveryId: Number(d.id) },
    })),
  );
}

/** The keys of the journeys the notifications name by id, when a channel is narrowed to journeys. */
async function journeyKeys(
  tx: TOrm,
  workspaceId: string,
  channels: ReadonlyArray<{ subscription: unknown }>,
  notifications: readonly TNotification[],
): Promise<Map<number, string>> {
  const narrowed = channels.some((c) => ((c.subscription as TSubscription).journeys ?? []).length > 0);
  const ids = [
    ...new Set(
      notifications
        .filter((n) => typeof n.data['journey'] !== 'string' && typeof n.data['journeyId'] === 'number')
        .map((n) => Number(n.data['journeyId'])),
    ),
  ];
  if (!narrowed || ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string | number; key: string }>(
    tx,
    sql`select id, key from journeys where workspace_id = ${workspaceId}
        and id in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::int8)`,
  );
  return new Map(rows.map((r) => [Number(r.id), r.key]));
}

/**
 * Creates a delivery of a message to one channel and the job that sends it (nothing when the channel has
 * it already); returns the delivery's id, new or existing.
 */
export async function createDelivery(
  tx: TOrm,
  d: {
    workspaceId: string;
    channelId: number;
    key: string;
    message: TNotification | Record<string, unknown>;
  },
): Promise<number> {
  const event = String((d.message as { event?: unknown }).event ?? 'test');
  const [inserted] = await queryRows<{ id: string | number }>(
    tx,
    sql`insert into notification_deliveries (workspace_id, channel_id, key, event, message)
        values (${d.workspaceId}, ${d.channelId}, ${d.key}, ${event}, ${JSON.stringify(d.message)}::jsonb)
        on conflict (channel_id, key) do nothing
        returning id`,
  );
  if (!inserted) {
    const [existing] = await queryRows<{ id: string | number }>(
      tx,
      sql`select id from notification_deliveries where channel_id = ${d.channelId} and key = ${d.key}`,
    );
    return Number(existing?.id);
  }
  const id = Number(inserted.id);
  await enqueueJob(tx, {
    workspaceId: d.workspaceId,
    kind: DELIVER_JOB,
    key: `${d.channelId}:${d.key}`,
    payload: { deliveryId: id },
  });
  return id;
}
