import type { TNotificationEvent, TSeverity } from '@mot/core';
import { sql } from 'drizzle-orm';
import { enqueueNotification, enqueueNotifications } from '../notify/index.ts';
import type { TCaseRow } from '../storage/cases-schema.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

type TText = { 'zh-CN': string; en: string };

/** A staff notification as the loop's outbox takes it. */
type TNotice = {
  workspaceId: string;
  event: TNotificationEvent;
  key: string;
  title: TText;
  lines: TText[];
  path?: string;
  severity?: TSeverity;
  data: Record<string, unknown>;
};

/** Hands a notice to the outbox (jobs/notify), in the caller's transaction. */
const enqueue = (tx: TOrm, notice: TNotice): Promise<void> => enqueueNotification(tx, notice);

const SEVERITY_ZH: Record<TSeverity, string> = { low: '低', medium: '中', high: '高', critical: '紧急' };

/** What a `case.created` notice names of a case's touchpoint: the workspace's key, the journey, the touchpoint. */
export type TCaseNames = { w: string; journey: string; touchpoint: string };

/**
 * Notifies `case.created` for the cases one batch opened in a workspace: their touchpoints' names (read by
 * one statement unless the caller read them with the cases, by touchpoint id) and the deliveries written
 * together (jobs/notify's enqueueNotifications).
 */
export async function notifyCasesCreated(
  tx: TOrm,
  workspaceId: string,
  cases: readonly TCaseRow[],
  known?: ReadonlyMap<number, TCaseNames>,
): Promise<void> {
  if (cases.length === 0) return;
  const named =
    known && cases.every((c) => known.has(c.touchpointId))
      ? known
      : await readCaseNames(tx, workspaceId, cases);
  const notices = cases.map((caseRow): TNotice => {
    const about = named.get(caseRow.touchpointId) ?? { w: '', journey: '', touchpoint: '' };
    return {
      workspaceId: caseRow.workspaceId,
      event: 'case.created',
      key: `case.created:${caseRow.id}`,
      title: {
        'zh-CN': `新服务补救工单 #${caseRow.id}：${caseRow.title}`,
        en: `New service-recovery case #${caseRow.id}: ${caseRow.title}`,
      },
      lines: [
        {
          'zh-CN': `触点：${about.touchpoint}（${about.journey}）`,
          en: `Touchpoint: ${about.touchpoint} (${about.journey})`,
        },
        { 'zh-CN': `负责部门：${caseRow.department ?? '—'}`, en: `Department: ${caseRow.department ?? '—'}` },
        {
          'zh-CN': `严重程度：${SEVERITY_ZH[caseRow.severity]}`,
          en: `Severity: ${caseRow.severity}`,
        },
      ],
      path: `/w/${about.w}/cases/${caseRow.id}`,
      severity: caseRow.severity,
      data: {
        caseId: caseRow.id,
        journeyId: caseRow.journeyId,
        touchpointId: caseRow.touchpointId,
        department: caseRow.department,
        severity: caseRow.severity,
      },
    };
  });
  await enqueueNotifications(tx, workspaceId, notices);
}

/** The names `case.created` shows for the cases' touchpoints, by touchpoint id. */
async function readCaseNames(
  tx: TOrm,
  workspaceId: string,
  cases: readonly TCaseRow[],
): Promise<Map<number, TCaseNames>> {
  const touchpointIds = JSON.stringify([...new Set(cases.map((c) => c.touchpointId))]);
  const rows = await queryRows<TCaseNames & { tp: string | number }>(
    tx,
    sql`select w.key as w, tp.id as tp, j.name as journey, tp.name as touchpoint
        from workspaces w
        join touchpoints tp on tp.workspace_id = w.id
        join journeys j on j.workspace_id = w.id and j.id = tp.journey_id
        where w.id = ${workspaceId}
          and tp.id in (select (jsonb_array_elements_text(${touchpointIds}::jsonb))::int8)`,
  );
  return new Map(rows.map((r) => [Number(r.tp), { w: r.w, journey: r.journey, touchpoint: r.touchpoint }]));
}

/** A systemic alert to notify: a touchpoint's breach rate over a window. */
export type TSystemicNotice = {
  workspaceId: string;
  alertId: number;
  severity: TSeverity;
  ruleName: string;
  journeyId: number;
  touchpointId: number;
  department: string;
  journey: string;
  touchpoint: string;
  windowStart: string;
  windowHours: number;
  moments: number;
  breaching: number;
  rate: number;
};

/** Notifies `alert.systemic` to the touchpoint's owner (idempotent on the alert id). */
export async function notifySystemicAlert(tx: TOrm, a: TSystemicNotice): Promise<void> {
  const percent = (a.rate * 100).toFixed(1);
  await enqueue(tx, {
    workspaceId: a.workspaceId,
    event: 'alert.systemic',
    key: `alert.systemic:${a.alertId}`,
    title: {
      'zh-CN': `系统性预警：${a.touchpoint} 突破底线比例 ${percent}%`,
      en: `Systemic alert: ${a.touchpoint} breached its floors in ${percent}% of moments`,
    },
    lines: [
      {
        'zh-CN': `${a.windowStart} 起 ${a.windowHours} 小时内 ${a.moments} 个时刻中 ${a.breaching} 个突破底线（规则：${a.ruleName}）`,
        en: `${a.breaching} of ${a.moments} moments in the ${a.windowHours} h from ${a.windowStart} breached a floor (rule: ${a.ruleName})`,
      },
      {
        'zh-CN': `旅程：${a.journey}；负责部门：${a.department}`,
        en: `Journey: ${a.journey}; department: ${a.department}`,
      },
    ],
    severity: a.severity,
    data: {
      alertId: a.alertId,
      journeyId: a.journeyId,
      touchpointId: a.touchpointId,
      department: a.department,
      rate: a.rate,
      moments: a.moments,
      breaching: a.breaching,
      windowStart: a.windowStart,
      windowHours: a.windowHours,
    },
  });
}
