import { evaluateAlertRules } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { queryRows } from '../storage/database.ts';
import { activeAlertRules } from './alert-rules-store.ts';
import { raiseAlerts } from './raise-alerts.ts';
import type { TAlertToRaise, TRaised } from './raise-alerts.ts';

/** A survey answer (an episode outcome) as written, with its journey. */
export type TWrittenAnswer = {
  journey: string;
  journeyId: number;
  customerId: number;
  episodeId: number;
  nps: number | null;
  overall: number | null;
  surveyedAt: string | null;
};

/**
 * Judges the answers a batch created or changed against the alert rules (NPS detractor, low overall, in
 * the rules' journey and segment scopes), in the batch's transaction; a matching rule that opens cases opens
 * or joins the episode's case at the touchpoint of its worst moment. One alert per rule, episode and
 * answered value: sending the same answer again raises nothing.
 */
export async function raiseAnswerAlerts(
  db: TDatabase,
  tx: TOrm,
  workspaceId: string,
  answers: readonly TWrittenAnswer[],
): Promise<TRaised | undefined> {
  if (answers.length === 0) return undefined;
  const active = await activeAlertRules(db, tx, workspaceId);
  if (active.rules.length === 0) return undefined;
  const segmented = active.rules.some((r) => Object.keys(r.scope.segment ?? {}).length > 0);
  const attributes = new Map<number, Record<string, unknown>>();
  if (segmented) {
    const ids = JSON.stringify([...new Set(answers.map((a) => a.customerId))]);
    const rows = await queryRows<{ id: string | number; attributes: Record<string, unknown> }>(
      tx,
      sql`select c.id, c.attributes from jsonb_array_elements_text(${ids}::jsonb) v
          join customers c on c.workspace_id = ${workspaceId} and c.id = v::int8`,
    );
    for (const r of rows) attributes.set(Number(r.id), r.attributes);
  }
  const now = new Date().toISOString();
  const toRaise: TAlertToRaise[] = [];
  for (const a of answers) {
    const facts = {
      source: 'answer' as const,
      journey: a.journey,
      attributes: attributes.get(a.customerId),
      nps: a.nps,
      overall: a.overall,
    };
    for (const match of evaluateAlertRules(active.rules, facts)) {
      const ruleId = active.ids.get(match.rule) ?? null;
      const value = match.reason.kind === 'nps_detractor' ? a.nps : a.overall;
      toRaise.push({
        ruleId,
        ruleKey: match.rule,
        ruleName: active.rules.find((r) => r.key === match.rule)?.name ?? match.rule,
        kind: match.reason.kind,
        severity: match.severity,
        opensCase: match.opensCase,
        source: 'answer',
        eventId: null,
        customerId: a.customerId,
        episodeId: a.episodeId,
        journeyId: a.journeyId,
        touchpointId: null,
        dedupeKey: `a:${ruleId}:${a.customerId}:${a.episodeId}:${value}`,
        details: { reason: match.reason },
        occurredAt: a.surveyedAt ?? now,
      });
    }
  }
  return raiseAlerts(tx, workspaceId, toRaise);
}
