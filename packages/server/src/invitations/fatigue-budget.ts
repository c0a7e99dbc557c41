/**
 * The workspace's fatigue budget, kept in its settings (`invitationBudget`) beside the callback settings;
 * a workspace that set none has core's default (2 invitations per 30 days, 7 days apart).
 */
import { DEFAULT_FATIGUE_BUDGET, ZFatigueBudget } from '@mot/core';
import type { TFatigueBudget } from '@mot/core';
import { sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';

/** The settings key the budget is stored under. */
export const BUDGET_SETTING = 'invitationBudget';

/** What planning needs of the workspace: its budget, time zone and language. */
export type TPlanningSettings = { budget: TFatigueBudget; timeZone: string; language: 'en' | 'zh-CN' };

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The budget, time zone and language of a workspace, defaults filled in. */
export async function planningSettingsOf(orm: TOrm, workspaceId: string): Promise<TPlanningSettings> {
  const [row] = await queryRows<{ budget: unknown; time_zone: string | null; language: string | null }>(
    orm,
    sql`select settings->${BUDGET_SETTING} as budget, settings->>'timeZone' as time_zone,
               settings->>'language' as language
        from workspaces where id = ${workspaceId}`,
  );
  const parsed = ZFatigueBudget.safeParse(row?.budget);
  const zone = row?.time_zone;
  return {
    budget: parsed.success ? parsed.data : DEFAULT_FATIGUE_BUDGET,
    timeZone: zone && isTimeZone(zone) ? zone : 'Asia/Shanghai',
    language: row?.language === 'en' ? 'en' : 'zh-CN',
  };
}

/** Stores a workspace's budget (audited). */
export async function writeFatigueBudget(
  db: TDatabase,
  workspaceId: string,
  budget: TFatigueBudget,
): Promise<TFatigueBudget> {
  const checked = ZFatigueBudget.parse(budget);
  await db.orm.transaction(async (tx) => {
    await tx.execute(
      sql`update workspaces set settings = settings || jsonb_build_object(${BUDGET_SETTING}::text, ${JSON.stringify(checked)}::jsonb)
          where id = ${workspaceId}`,
    );
    await appendAudit(tx, {
      workspaceId,
      action: 'invitation_budget.update',
      entityType: 'workspace',
      entityId: workspaceId,
      summary: checked,
    });
  });
  return checked;
}
