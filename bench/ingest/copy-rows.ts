import { experienceOf } from '@mot/core';
import type { TTouchpoint } from '@mot/core';
import { ZJourney, ZMomentInput } from '@mot/core';
import { benchJourney, momentAt } from './workload.ts';
import type { TWorkload } from './workload.ts';

/** Columns of `moments` that the bare COPY fills: the same values ingestion writes. */
export const COPY_COLUMNS = [
  'workspace_id',
  'customer_id',
  'episode_id',
  'touchpoint_id',
  'occurred_at',
  'event_id',
  'measures',
  'rating',
  'comment',
  'employee',
  'experience',
  'experience_source',
  'attributes',
];

const csvText = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const csvJson = (value: unknown) => `"${JSON.stringify(value).replaceAll('"', '""')}"`;

/**
 * The workload's moments as CSV rows for `COPY moments (COPY_COLUMNS) FROM ... (FORMAT csv)`, in chunks of
 * `chunk` rows. Ids are synthetic (customer number, episode number): the ceiling needs equivalent rows,
 * not the very ids the server assigned.
 */
export function copyChunks(w: TWorkload, workspaceId: string, chunk: number): string[] {
  const journey = ZJourney.parse(benchJourney(w.touchpoints));
  const byKey = new Map<string, { id: number; tp: TTouchpoint }>(
    journey.touchpoints.map((tp, i) => [tp.key, { id: i + 1, tp }]),
  );
  const chunks: string[] = [];
  let lines: string[] = [];
  for (let i = 0; i < w.moments; i += 1) {
    const m = ZMomentInput.parse(momentAt(i, w));
    const resolved = byKey.get(m.touchpoint);
    if (!resolved) throw new Error(`unknown touchpoint ${m.touchpoint}`);
    const experience = experienceOf(m, resolved.tp);
    const customer = Number(m.customer.slice('cust-'.length)) + 1;
    lines.push(
      [
        workspaceId,
        customer,
        customer * 10 + Math.floor(i / w.customers / 3),
        resolved.id,
        m.occurredAt,
        csvText(m.eventId),
        csvJson(m.measures),
        m.rating ?? '',
        m.comment === undefined ? '' : csvText(m.comment),
        m.employee ?? '',
        experience.value ?? '',
        experience.source ?? '',
        m.attributes === undefined ? '' : csvJson(m.attributes),
      ].join(','),
    );
    if (lines.length === chunk) {
      chunks.push(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(`${lines.join('\n')}\n`);
  return chunks;
}
