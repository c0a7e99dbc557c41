import { DEFAULT_SLA_TARGETS, isTimeZone, weekdayCalendar } from '@mot/core';
import type { TBusinessCalendar, TSlaTargetsBySeverity } from '@mot/core';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import { businessCalendars, slaPolicies } from '../storage/sla-schema.ts';

/** A policy with its calendar, as cases use it. */
export type TAppliedPolicy = {
  id: string;
  name: string;
  targets: TSlaTargetsBySeverity;
  calendar: TBusinessCalendar;
};

/** The workspace's time zone from its settings (Asia/Shanghai when unset or unknown). */
async function workspaceTimeZone(tx: TOrm, workspaceId: string): Promise<string> {
  const [row] = await queryRows<{ zone: string | null }>(
    tx,
    sql`select settings->>'timeZone' as zone from workspaces where id = ${workspaceId}`,
  );
  const zone = row?.zone;
  return zone && isTimeZone(zone) ? zone : 'Asia/Shanghai';
}

/**
 * Makes sure a workspace has a default calendar (Monday to Friday 9:00-18:00 in its time zone) and a
 * default policy (core's DEFAULT_SLA_TARGETS on it), creating what is missing. Safe to run concurrently:
 * the partial unique indexes and ON CONFLICT DO NOTHING keep one of each.
 */
export async function ensureSlaDefaults(tx: TOrm, workspaceId: string): Promise<void> {
  const [policy] = await tx
    .select({ id: slaPolicies.id })
    .from(slaPolicies)
    .where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.isDefault, true)));
  if (policy) return;
  let calendarId = await defaultCalendarId(tx, workspaceId);
  if (!calendarId) {
    const calendar = weekdayCalendar(await workspaceTimeZone(tx, workspaceId));
    await tx.execute(sql`
      insert into business_calendars (workspace_id, name, is_default, calendar)
      values (${workspaceId}, 'Working days', true, ${JSON.stringify(calendar)}::jsonb)
      on conflict do nothing`);
    calendarId = await defaultCalendarId(tx, workspaceId);
  }
  if (!calendarId) throw new Error('the default business calendar could not be created');
  const inserted = await queryRows<{ id: string }>(
    tx,
    sql`insert into sla_policies (workspace_id, name, is_default, calendar_id, targets)
        values (${workspaceId}, 'Default', true, ${calendarId}, ${JSON.stringify(DEFAULT_SLA_TARGETS)}::jsonb)
        on conflict do nothing
        returning id`,
  );
  if (inserted[0]) {
    await appendAudit(tx, {
      workspaceId,
      action: 'sla_policy.create_default',
      entityType: 'sla_policy',
      entityId: inserted[0].id,
      summary: { calendarId },
    });
  }
}

async function defaultCalendarId(tx: TOrm, workspaceId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: businessCalendars.id })
    .from(businessCalendars)
    .where(and(eq(businessCalendars.workspaceId, workspaceId), eq(businessCalendars.isDefault, true)));
  return row?.id;
}

/**
 * The policy for a case: among the workspace's narrowed policies, those whose journeys (if any) include the
 * case's journey and whose departments (if any) include its department; the most narrowed wins (journey
 * and department, then either), the oldest on a tie; else the default policy.
 */
export async function pickPolicy(
  tx: TOrm,
  workspaceId: string,
  scope: { journey: string | null; department: string | null },
): Promise<TAppliedPolicy> {
  return (await policyPicker(tx, workspaceId))(scope);
}

/** A policy as the picker reads it. */
type TPolicyRead = {
  id: string;
  name: string;
  isDefault: boolean;
  targets: TSlaTargetsBySeverity;
  journeys: string[];
  departments: string[];
  calendar: TBusinessCalendar;
};

/** What starting or retargeting SLAs needs: the policy for a scope, and the keys of the journeys asked for. */
export type TSlaContext = {
  pick: (scope: { journey: string | null; department: string | null }) => TAppliedPolicy;
  journeyKeys: Map<number, string>;
};

/**
 * The workspace's policies with their calendars (oldest first) and the keys of `journeyIds`, in ONE statement:
 * the ingestion transaction that opens cases waits on every round trip.
 */
async function readPolicies(
  tx: TOrm,
  workspaceId: string,
  journeyIds: readonly number[],
): Promise<{ policies: TPolicyRead[]; journeys: Array<{ id: string | number; key: string }> }> {
  const [row] = await queryRows<{ policies: string; journeys: string }>(
    tx,
    sql`select
          (select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'isDefault', p.is_default,
              'targets', p.targets, 'journeys', p.journeys, 'departments', p.departments, 'calendar', c.calendar)
              order by p.created_at, p.id), '[]')::text
           from sla_policies p join business_calendars c on c.id = p.calendar_id
           where p.workspace_id = ${workspaceId}) as policies,
          (select coalesce(json_agg(json_build_object('id', j.id, 'key', j.key)), '[]')::text
           from journeys j
           where j.workspace_id = ${workspaceId} and j.id = any(${`{${journeyIds.join(',')}}`}::int8[])) as journeys`,
  );
  return {
    policies: JSON.parse(row?.policies ?? '[]') as TPolicyRead[],
    journeys: JSON.parse(row?.journeys ?? '[]') as Array<{ id: string | number; key: string }>,
  };
}

/**
 * `pickPolicy` for many cases of one workspace: the policies read once (the defaults created first when the
 * workspace has none), then a choice per journey and department without the database.
 */
export async function policyPicker(
  tx: TOrm,
  workspaceId: string,
): Promise<(scope: { journey: string | null; department: string | null }) => TAppliedPolicy> {
  return (await slaContext(tx, workspaceId, [])).pick;
}

/** `policyPicker` and the keys of the given journeys, read together. */
export async function slaContext(
  tx: TOrm,
  workspaceId: string,
  journeyIds: readonly number[],
): Promise<TSlaContext> {
  let read = await readPolicies(tx, workspaceId, journeyIds);
  if (!read.policies.some((p) => p.isDefault)) {
    await ensureSlaDefaults(tx, workspaceId);
    read = await readPolicies(tx, workspaceId, journeyIds);
  }
  const rows = read.policies;
  const fits = (list: string[], value: string | null) =>
    list.length === 0 || (value !== null && list.includes(value));
  const pick = (scope: { journey: string | null; department: string | null }): TAppliedPolicy => {
    let best: { rank: number; p: TPolicyRead } | undefined;
    for (const p of rows) {
      const narrowed = (p.journeys.length > 0 ? 2 : 0) + (p.departments.length > 0 ? 1 : 0);
      if (p.isDefault || narrowed === 0) continue;
      if (!fits(p.journeys, scope.journey) || !fits(p.departments, scope.department)) continue;
      if (!best || narrowed > best.rank) best = { rank: narrowed, p };
    }
    const chosen = best?.p ?? rows.find((p) => p.isDefault);
    if (!chosen) throw new Error(`workspace ${workspaceId} has no default SLA policy`);
    return { id: chosen.id, name: chosen.name, targets: chosen.targets, calendar: chosen.calendar };
  };
  return { pick, journeyKeys: new Map(read.journeys.map((j) => [Number(j.id), j.key])) };
}
