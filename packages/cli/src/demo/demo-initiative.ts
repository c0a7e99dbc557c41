import { createInitiative, findInitiative, listInitiatives } from '@mot/server';
import type { TDatabase, TInitiativeOut } from '@mot/server';
import type { TSimulateOptions } from '@mot/core';

const DAY_MS = 86_400_000;
/** The demo workspace's time zone (the default): the initiative's start date is a date there. */
const TIME_ZONE = 'Asia/Shanghai';

/**
 * The demo's initiative: from six weeks before `now`, the repair vans carry the common spare parts, and the
 * simulator plants it at the repair visit (上门修复; core's planted initiative: restore times 50% shorter for
 * episodes starting from then), so its evaluation finds a real fall of the breach rate against the
 * journey's other touchpoints.
 */
export const DEMO_INITIATIVE = {
  journey: 'broadband_repair',
  touchpoint: 'repair_visit',
  weeksAgo: 6,
  durationFactor: 0.5,
} as const;

/** The start date (YYYY-MM-DD in the demo's zone) and its first instant. */
export function demoInitiativeStart(now: Date): { date: string; from: number } {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(
    new Date(now.getTime() - DEMO_INITIATIVE.weeksAgo * 7 * DAY_MS),
  );
  return { date, from: Date.parse(`${date}T00:00:00+08:00`) };
}

/** The simulator's option that plants the demo initiative in the data. */
export function demoSimulatedInitiative(now: Date): NonNullable<TSimulateOptions['initiative']> {
  return {
    journey: DEMO_INITIATIVE.journey,
    touchpoint: DEMO_INITIATIVE.touchpoint,
    from: demoInitiativeStart(now).from,
    durationFactor: DEMO_INITIATIVE.durationFactor,
  };
}

/** Records the demo initiative in the workspace, unless an initiative is there already. */
export async function recordDemoInitiative(
  db: TDatabase,
  workspaceId: string,
  now: Date,
): Promise<TInitiativeOut> {
  const [existing] = await listInitiatives(db.orm, workspaceId);
  if (existing) return findInitiative(db.orm, workspaceId, existing.id);
  return createInitiative(db, workspaceId, {
    name: '维修车辆配备常用备件 Spare parts in every van',
    kind: 'process_change',
    description:
      '上门维修车辆常备光猫、分光器等常用备件，减少二次上门。 Vans carry the common spare parts (ONT, splitter), so that one visit restores the line.',
    ownerUserId: null,
    ownerName: '张敏 Zhang Min',
    journey: DEMO_INITIATIVE.journey,
    touchpoints: [DEMO_INITIATIVE.touchpoint],
    segment: {},
    startDate: demoInitiativeStart(now).date,
    endDate: null,
    expectedEffect: { metric: 'breach_rate', direction: 'decrease', size: 5 },
    comparison: { kind: 'suggested' },
  });
}
