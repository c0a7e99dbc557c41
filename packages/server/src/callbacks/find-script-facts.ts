import { sql } from 'drizzle-orm';
import {
  buildCallbackScript,
  callbackPolicyFrom,
  DEFAULT_CALLBACK_SETTINGS,
  DEFAULT_CALLING_HOURS,
  DEFAULT_RATING_SCALE,
  ZCallbackSettings,
} from '@mot/core';
import type {
  TBusinessCalendar,
  TCallbackPolicy,
  TCallbackPurpose,
  TCallbackScript,
  TCallbackScriptInput,
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
  /** Why the customer is called (core's script says what each purpose reads); a case's recovery by default. */
  purpose?: TCallbackPurpose | undefined;
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
    purpose: subject.purpose,
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
 * The callback policy of a workspace: its callback settings (calling window and days, attempts, delays;
 * the defaults where it set none) in the time zone of its default business calendar, never on that
 * calendar's holidays; without a calendar, in the workspace's time zone.
 */
export async function callbackPolicyOf(tx: TOrm, workspaceId: string): Promise<TCallbackPolicy> {
  const [row] = await queryRows<{
    calendar: TBusinessCalendar | null;
    time_zone: string | null;
    callbacks: unknown;
  }>(
    tx,
    sql`select (select calendar from business_calendars where workspace_id = w.id and is_default
                order by created_at limit 1) as calendar,
               w.settings->>'timeZone' as time_zone, w.settings->'callbacks' as callbacks
        from workspaces w where w.id = ${workspaceId}`,
  );
  const parsed = ZCallbackSettings.safeParse(row?.callbacks);
  const settings = parsed.success ? parsed.data : DEFAULT_CALLBACK_SETTINGS;
  const calendar = row?.calendar;
  if (calendar && isTimeZone(calendar.timeZone)) return callbackPolicyFrom(settings, calendar);
  const zone = row?.time_zone;
  return callbackPolicyFrom(settings, {
    timeZone: zone && isTimeZone(zone) ? zone : DEFAULT_CALLING_HOURS.timeZone,
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
