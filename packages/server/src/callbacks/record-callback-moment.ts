import { RECOVERY_CALLBACK_TOUCHPOINT, SOLVED_MEASURE } from '@mot/core';
import type { TMomentInput } from '@mot/core';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { PermanentJobError } from '../jobs/index.ts';
import type { TJob } from '../jobs/index.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';

/** The job kind that records a reached callback as a moment of its episode. */
export const CALLBACK_MOMENT_JOB = 'callback.moment';

type TRow = {
  journey: string;
  customer: string;
  episode: string;
  solved: boolean | null;
  satisfaction: number | null;
  done_at: Date | string | null;
  has_touchpoint: boolean;
};

/** The stable event id of a callback's moment: re-running the job is a duplicate, never a second moment. */
export const callbackEventId = (callbackId: number): string => `callback:${callbackId}`;

/**
 * Records a reached callback as a moment of its episode at the journey's `recovery_callback` touchpoint,
 * through ordinary ingestion: `solved` 1/0, the satisfaction as the moment's rating (1-5), at the time of
 * the call. The episode's last moment then is the callback, so a good recovery lifts its end value (终值).
 * A journey without that touchpoint (defined before packs had it) gets no moment.
 */
export async function recordCallbackMoment(job: TJob, db: TDatabase): Promise<void> {
  const workspaceId = job.workspaceId;
  const callbackId = Number((job.payload as { callbackId?: unknown } | null)?.callbackId);
  if (!workspaceId || !Number.isSafeInteger(callbackId)) throw new PermanentJobError('bad payload');
  const [row] = await queryRows<TRow>(
    db.orm,
    sql`select j.key as journey, c.external_id as customer, e.key as episode, cb.solved, cb.satisfaction,
          cb.done_at,
          exists (select 1 from touchpoints t where t.workspace_id = cb.workspace_id
                  and t.journey_id = cb.journey_id and t.key = ${RECOVERY_CALLBACK_TOUCHPOINT}) as has_touchpoint
        from callbacks cb
        join journeys j on j.workspace_id = cb.workspace_id and j.id = cb.journey_id
        join customers c on c.workspace_id = cb.workspace_id and c.id = cb.customer_id
        join episodes e on e.workspace_id = cb.workspace_id and e.customer_id = cb.customer_id
          and e.id = cb.episode_id
        where cb.workspace_id = ${workspaceId} and cb.id = ${callbackId}`,
  );
  // Gone (the customer erased, the journey deleted) or never reached: nothing to record.
  if (!row || row.solved === null || !row.has_touchpoint || row.done_at === null) return;
  const moment: TMomentInput = {
    eventId: callbackEventId(callbackId),
    journey: row.journey,
    touchpoint: RECOVERY_CALLBACK_TOUCHPOINT,
    customer: row.customer,
    episode: row.episode,
    occurredAt: new Date(row.done_at).toISOString(),
    measures: { [SOLVED_MEASURE]: row.solved ? 1 : 0 },
  };
  if (row.satisfaction !== null) moment.rating = row.satisfaction;
  const report = await ingestMoments(db, workspaceId, [moment]);
  if (!report.ok) {
    throw new PermanentJobError(
      `the callback moment was refused: ${JSON.stringify(report.items[0]?.errors)}`,
    );
  }
}
