import type { TSlaTarget } from '@mot/core';
import { sql } from 'drizzle-orm';
import { enqueueNotification } from '../notify/enqueue-notification.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import type { TSlaCase } from './case-sla.ts';

const TARGET_NAMES: Record<TSlaTarget, { 'zh-CN': string; en: string }> = {
  first_response: { 'zh-CN': '首次响应', en: 'first response' },
  resolution: { 'zh-CN': '解决', en: 'resolution' },
};

const LEVEL_NAMES = {
  team_lead: { 'zh-CN': '组长', en: 'the team lead' },
  department_head: { 'zh-CN': '部门负责人', en: 'the department head' },
} as const;

/** Where a case's page is, and the facts every SLA message carries (channels narrow on them). */
async function aboutCase(tx: TOrm, c: TSlaCase) {
  const [ws] = await queryRows<{ key: string; zone: string | null }>(
    tx,
    sql`select key, settings->>'timeZone' as zone from workspaces where id = ${c.workspaceId}`,
  );
  const zone = ws?.zone ?? 'Asia/Shanghai';
  const when = (d: Date, locale: string) => {
    try {
      return new Intl.DateTimeFormat(locale, {
        timeZone: zone,
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(d);
    } catch {
      return d.toISOString();
    }
  };
  return {
    path: `/w/${ws?.key ?? ''}/cases/${c.id}`,
    when,
    data: { caseId: c.id, journeyId: c.journeyId, department: c.department, severity: c.severity },
  };
}

/** Notifies `case.overdue`: a target of a case was missed (once per case and target). */
export async function notifyOverdue(tx: TOrm, c: TSlaCase, target: TSlaTarget, dueAt: Date): Promise<void> {
  const about = await aboutCase(tx, c);
  const name = TARGET_NAMES[target];
  await enqueueNotification(tx, {
    workspaceId: c.workspaceId,
    event: 'case.overdue',
    key: `case.overdue:${c.id}:${target}`,
    title: { 'zh-CN': `案件 #${c.id} ${name['zh-CN']}超时`, en: `Case #${c.id}: ${name.en} overdue` },
    lines: [
      { 'zh-CN': c.title, en: c.title },
      {
        'zh-CN': `${name['zh-CN']}期限：${about.when(dueAt, 'zh-CN')}${c.department ? `；部门：${c.department}` : ''}`,
        en: `${name.en} was due ${about.when(dueAt, 'en')}${c.department ? `; department: ${c.department}` : ''}`,
      },
    ],
    path: about.path,
    severity: c.severity,
    data: { ...about.data, target, dueAt: dueAt.toISOString(), assigneeUserId: c.assigneeUserId },
  });
}

/** Notifies `case.escalated`: a missed target went to the department's team lead or head. */
export async function notifyEscalated(
  tx: TOrm,
  c: TSlaCase,
  e: {
    target: TSlaTarget;
    level: 'team_lead' | 'department_head';
    userId: string | null;
    userName: string | null;
    assigned: boolean;
    dueAt: Date;
  },
): Promise<void> {
  const about = await aboutCase(tx, c);
  const name = TARGET_NAMES[e.target];
  const level = LEVEL_NAMES[e.level];
  const who = e.userName ? ` (${e.userName})` : '';
  await enqueueNotification(tx, {
    workspaceId: c.workspaceId,
    event: 'case.escalated',
    key: `case.escalated:${c.id}:${e.target}`,
    title: {
      'zh-CN': `案件 #${c.id} 已升级至${level['zh-CN']}${who}：${name['zh-CN']}超时`,
      en: `Case #${c.id} escalated to ${level.en}${who}: ${name.en} overdue`,
    },
    lines: [
      { 'zh-CN': c.title, en: c.title },
      {
        'zh-CN': `${name['zh-CN']}期限：${about.when(e.dueAt, 'zh-CN')}${e.assigned ? '；已指派给组长' : ''}`,
        en: `${name.en} was due ${about.when(e.dueAt, 'en')}${e.assigned ? '; assigned to the team lead' : ''}`,
      },
      ...(e.userId
        ? []
        : [
            {
              'zh-CN': `部门“${c.department ?? '—'}”未设置${level['zh-CN']}`,
              en: `the department "${c.department ?? '—'}" has no ${level.en.replace('the ', '')} set`,
            },
          ]),
    ],
    path: about.path,
    severity: c.severity,
    data: {
      ...about.data,
      target: e.target,
      level: e.level,
      userId: e.userId,
      assigned: e.assigned,
      dueAt: e.dueAt.toISOString(),
    },
  });
}
