import type { TJourneyInput, TMomentInputRaw } from '@mot/core';

/** Size of the ingestion workload. */
export type TWorkload = { moments: number; customers: number; touchpoints: number; batchSize: number };

const STAGES = ['pre_contact', 'delivery', 'problem_handling', 'follow_up'] as const;

/** A journey with `touchpoints` touchpoints over the four MOT stages, each with two standards. */
export function benchJourney(touchpoints: number): TJourneyInput {
  return {
    key: 'bench',
    name: 'Benchmark journey',
    stages: STAGES.map((kind) => ({ key: kind, name: kind, kind })),
    touchpoints: Array.from({ length: touchpoints }, (_, i) => ({
      key: `tp${i}`,
      name: `Touchpoint ${i}`,
      stage: STAGES[i % STAGES.length] ?? 'delivery',
      channel: 'phone' as const,
      owner: `Dept ${i % 5}`,
      measures: [
        {
          key: 'wait_seconds',
          unit: 's',
          direction: 'lower_is_better' as const,
          standard: { target: 60, floor: 300 },
        },
        {
          key: 'resolved',
          unit: 'boolean',
          direction: 'higher_is_better' as const,
          standard: { target: 1, floor: 0 },
        },
      ],
    })),
  };
}

const REGIONS = ['north', 'south', 'east', 'west'];
const COMMENTS = ['等了很久', 'quick and friendly', '问题没有解决', 'fine'];
const START = Date.UTC(2026, 0, 1);

/**
 * The i-th moment of the workload, deterministic. Moments arrive interleaved across customers (a step
 * coprime with the number of customers visits every customer once per round), as a live feed would send
 * them; each customer has episodes of up to three moments; about 8% of waits breach the 300 s floor.
 */
export function momentAt(i: number, w: TWorkload): TMomentInputRaw {
  const customer = (i * 7919) % w.customers;
  const round = Math.floor(i / w.customers);
  const noise = (i * 2_654_435_761) % 1000;
  const moment: TMomentInputRaw = {
    eventId: `ev-${i}`,
    journey: 'bench',
    touchpoint: `tp${(customer + round * 3) % w.touchpoints}`,
    customer: `cust-${customer}`,
    episode: `case-${customer}-${Math.floor(round / 3)}`,
    occurredAt: new Date(START + i * 1000).toISOString(),
    measures: { wait_seconds: noise % 326, resolved: noise % 10 !== 0 },
    employee: `emp-${noise % 300}`,
    attributes: { region: REGIONS[customer % REGIONS.length] ?? 'north' },
  };
  if (noise % 3 === 0) moment.rating = 1 + (noise % 5);
  if (noise % 10 === 1) moment.comment = COMMENTS[noise % COMMENTS.length] ?? '';
  return moment;
}

/** How many distinct episodes the workload's moments name (ingestion creates each once). */
export function episodeCount(w: TWorkload): number {
  const episodes = new Set<string>();
  for (let i = 0; i < w.moments; i += 1) episodes.add(momentAt(i, w).episode);
  return episodes.size;
}

/** The request bodies of the workload, serialized up front so that timing sees only the server's work. */
export function requestBodies(w: TWorkload): string[] {
  const bodies: string[] = [];
  for (let start = 0; start < w.moments; start += w.batchSize) {
    const end = Math.min(w.moments, start + w.batchSize);
    const moments = Array.from({ length: end - start }, (_, k) => momentAt(start + k, w));
    bodies.push(JSON.stringify({ moments }));
  }
  return bodies;
}
