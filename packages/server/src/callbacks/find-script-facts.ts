import { sql } from 'drizzle-orm';
import { buildCallbackScript, callingHoursOn, DEFAULT_CALLING_HOURS, DEFAULT_RATING_SCALE } from '@mot/core';
import type {
  TBusinessCalendar,
  TCallbackScript,
  TCallbackScriptInput,
  TCallingHours,
  TScriptBreach,
} from '@mot/core';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

type TTouchpointRow = {
  name: string;
  names: Record<string, string> | null;
  rating_max: number | null;
};

type TBreachRow = {
  kind: string;
  measure: string | null;
  value: number | string;
  floor: number | string;
  measure_name: string | null;
  measure_names: Record<string, string> | null;
  unit: string | null;
};

/** What a callback's script is about: the touchpoint, and the episode's latest breach there if any. */
export type TScriptSubject = {
  workspaceId: string;
  customerId: number;
  episodeId: number;
  touchpointId: number;
  resolution?: string | null | undefined;
};

/**
 * Builds the script of a callback from stored facts: the touchpoint's names, the most recent breach of the
 * episode at that touchpoint (its measure's names and unit) and the resolution.
 */
export async function buildScriptOf(tx: TOrm, subject: TScriptSubject): Promise<TCallbackScript> {
  const [tp] = await queryRows<TTouchpointRow>(
    tx,
    sql`select name, names, rating_max from touchpoints
        where workspace_id = ${subject.workspaceId} and id = ${subject.touchpointId}`,
  );
  // The breaches of the customer at the touchpoint, narrowed to the episode through their moments.
  const [breach] = await queryRows<TBreachRow>(
    tx,
    sql`select b.kind, b.measure, b.value, b.floor, ms.name as measure_name, ms.names as measure_names, ms.unit
        from breaches b
        join moments m on m.workspace_id = b.workspace_id and m.customer_id = b.customer_id and m.id = b.moment_id
        left join measures ms on ms.workspace_id = b.workspace_id and ms.touchpoint_id = b.touchpoint_id
          and ms.key = b.measure
        where b.workspace_id = ${subject.workspaceId} and b.customer_id = ${subject.customerId}
          and b.touchpoint_id = ${subject.touchpointId} and m.episode_id = ${subject.episodeId}
        order by b.occurred_at desc, b.id desc
        limit 1`,
  );
  const input: TCallbackScriptInput = {
    touchpoint: { name: tp?.name ?? '', names: tp?.names ?? undefined },
    resolution: subject.resolution,
  };
  if (breach) input.breach = breachOf(breach, tp?.rating_max ?? DEFAULT_RATING_SCALE.max);
  return buildCallbackScript(input);
}

function breachOf(row: TBreachRow, ratingMax: number): TScriptBreach {
  if (row.kind === 'measure' && row.measure !== null) {
    return {
      kind: 'measure',
      measure: {
        key: row.measure,
        name: row.measure_name ?? row.measure,
        names: row.measure_names ?? undefined,
      },
      unit: row.unit ?? '',
      value: Number(row.value),
      floor: Number(row.floor),
    };
  }
  return { kind: 'rating', value: Number(row.value), scaleMax: ratingMax };
}

/**
 * The calling hours of a workspace: 9:00-20:00 every day, never on a holiday of its default business
 * calendar (in that calendar's time zone); without a calendar, in the workspace's time zone.
 */
export async function callingHoursOf(tx: TOrm, workspaceId: string): Promise<TCallingHours> {
  const [calendar] = await queryRows<{ calendar: TBusinessCalendar }>(
    tx,
    sql`select calendar from business_calendars where workspace_id = ${workspaceId} and is_default
        order by created_at limit 1`,
  );
  if (calendar && isTimeZone(calendar.calendar.timeZone)) return callingHoursOn(calendar.calendar);
  const [row] = await queryRows<{ time_zone: string | null }>(
    tx,
    sql`select settings->>'timeZone' as time_zone from workspaces where id = ${workspaceId}`,
  );
  const zone = row?.time_zone;
  return zone && isTimeZone(zone) ? { ...DEFAULT_CALLING_HOURS, timeZone: zone } : DEFAULT_CALLING_HOURS;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
