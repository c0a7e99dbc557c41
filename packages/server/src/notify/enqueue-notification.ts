import { and, eq } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { enqueueJob } from '../jobs/enqueue.ts';
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
 * (`data.journeyId`), department (`data.department`) or severity. Idempotent on key + channel: enqueueing
 * the same key again sends nothing more. Delivered at least once; receivers dedupe by `webhook-id`.
 */
export async function enqueueNotification(tx: TOrm, n: TNotification): Promise<void> {
  const channels = await tx
    .select({ id: notificationChannels.id, subscription: notificationChannels.subscription })
    .from(notificationChannels)
    .where(and(eq(notificationChannels.workspaceId, n.workspaceId), eq(notificationChannels.enabled, true)));
  for (const channel of channels) {
    if (!subscriptionMatches(channel.subscription as TSubscription, n)) continue;
    await createDelivery(tx, { workspaceId: n.workspaceId, channelId: channel.id, key: n.key, message: n });
  }
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
