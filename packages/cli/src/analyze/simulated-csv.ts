import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsvLine } from '../output/csv-cell.ts';
import { getPack } from '@mot/core';
import { simulate } from '@mot/core';

/** Files written by `writeSimulatedCsv`. */
export type TSimulatedFiles = { moments: string; outcomes: string; mapping: string };

/**
 * Writes a small simulated data set of a pack's journey as the files `mot analyze` reads: a moments CSV
 * (measures as `measures.<key>` columns), an outcomes CSV per episode, and the mapping. For tests and demos.
 */
export function writeSimulatedCsv(
  dir: string,
  options: { pack: string; journey: string; customers: number; seed?: number },
): TSimulatedFiles {
  const pack = getPack(options.pack);
  if (!pack) throw new Error(`unknown pack ${options.pack}`);
  const journey = pack.journeys.find((j) => j.key === options.journey);
  const measureKeys = journey?.touchpoints.flatMap((tp) => tp.measures.map((m) => m.key)) ?? [];
  const moments = [
    toCsvLine([
      'event_id',
      'case_id',
      'customer',
      'touchpoint',
      'occurred_at',
      'rating',
      'comment',
      ...measureKeys.map((k) => `measures.${k}`),
    ]),
  ];
  const outcomes = [toCsvLine(['case_id', 'overall', 'nps', 'churned'])];
  const records = simulate(pack, {
    seed: options.seed ?? 7,
    customers: options.customers,
    start: '2025-01-01T00:00:00+08:00',
    journeys: [options.journey],
    surveyShare: 0.6,
  });
  for (const record of records) {
    if (record.kind === 'moment') {
      const m = record.moment;
      moments.push(
        toCsvLine([
          m.eventId,
          m.episode,
          m.customer,
          m.touchpoint,
          m.occurredAt,
          m.rating ?? '',
          m.comment ?? '',
          ...measureKeys.map((k) => m.measures[k] ?? ''),
        ]),
      );
    } else if (record.kind === 'episode_outcome') {
      outcomes.push(
        toCsvLine([record.episode, record.overall ?? '', record.nps ?? '', record.churned ? 1 : 0]),
      );
    }
  }
  const files = {
    moments: join(dir, 'moments.csv'),
    outcomes: join(dir, 'outcomes.csv'),
    mapping: join(dir, 'mapping.json'),
  };
  writeFileSync(files.moments, `${moments.join('\n')}\n`);
  writeFileSync(files.outcomes, `${outcomes.join('\n')}\n`);
  const mapping = { moments: { eventId: 'event_id', episode: 'case_id' }, outcomes: { episode: 'case_id' } };
  writeFileSync(files.mapping, JSON.stringify(mapping, null, 2));
  return files;
}
