import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** A comment left at a touchpoint, with its sentiment scored at ingestion. */
export type TTouchpointComment = {
  eventId: string;
  occurredAt: string;
  customer: string;
  episode: string;
  comment: string;
  experience: number | null;
  sentiment: { label: 'negative' | 'neutral' | 'positive'; score: number } | null;
};

type TRow = {
  event_id: string;
  occurred_at: Date | string;
  customer: string;
  episode: string;
  comment: string;
  experience: number | string | null;
  sentiment_label: 'negative' | 'neutral' | 'positive' | null;
  sentiment: number | string | null;
};

/** The latest `limit` comments at a touchpoint in [from, to), newest first. */
export async function findTouchpointComments(
  orm: TOrm,
  workspaceId: string,
  touchpointId: number,
  period: { from: Date; to: Date; limit: number },
): Promise<TTouchpointComment[]> {
  const rows = await queryRows<TRow>(
    orm,
    sql`select m.event_id, m.occurred_at, c.external_id as customer, e.key as episode, m.comment, m.experience,
               m.sentiment_label, m.sentiment
        from moments m
        join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
        join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id and e.id = m.episode_id
        where m.workspace_id = ${workspaceId} and m.touchpoint_id = ${touchpointId}
          and m.comment is not null and m.comment <> ''
          and m.occurred_at >= ${period.from.toISOString()} and m.occurred_at < ${period.to.toISOString()}
        order by m.occurred_at desc, m.id desc
        limit ${period.limit}`,
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    customer: r.customer,
    episode: r.episode,
    comment: r.comment,
    experience: r.experience === null ? null : Number(r.experience),
    sentiment:
      r.sentiment_label === null ? null : { label: r.sentiment_label, score: Number(r.sentiment ?? 0) },
  }));
}
