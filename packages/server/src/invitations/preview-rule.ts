/**
 * A dry run of one rule (switched on or not): what it would have planned and why it would have skipped,
 * over the triggers of its kind that came due in the last hours (preview-candidates.ts: moments at its
 * touchpoint, closed cases, ended episodes; for a schedule, its latest turn), against the customers' real
 * ledger and the workspace's budget, written nowhere. Each customer's triggers go through core's planner in
 * the order they came due, each as the planning job would have planned it then, so one trigger's invitation
 * counts against the next. A CX lead sees the effect of a rule before turning it on.
 */
import { planInvitations } from '@mot/core';
import type { TInvitationDecision, TInvitationHistory } from '@mot/core';
import type { TDatabase } from '../storage/database.ts';
import { planningSettingsOf } from './fatigue-budget.ts';
import { readPreviewTriggers } from './preview-candidates.ts';
import type { TPreviewCandidate } from './preview-candidates.ts';
import { readPlanningContext } from './record-decisions.ts';
import { findRule } from './rules-store.ts';

/** Most triggers a dry run reads. */
export const PREVIEW_LIMIT = 50_000;
/** Decisions a dry run lists (the counts cover all). */
const SAMPLE = 100;

/** What a rule would have done. */
export type TRulePreview = {
  rule: string;
  /** The period whose triggers were judged (for a schedule: the period its latest turn reads). */
  from: string;
  to: string;
  triggers: number;
  planned: number;
  skipped: number;
  byReason: Record<string, number>;
  /** Whether more triggers matched than a dry run reads. */
  truncated: boolean;
  decisions: Array<
    Pick<TInvitationDecision, 'triggerKey' | 'episode' | 'status' | 'reason' | 'detail'> & {
      customer: string;
      at: string;
      sendAt: string;
    }
  >;
};

/** Previews a rule over the last `hours` (see the module comment). */
export async function previewRule(
  db: TDatabase,
  workspaceId: string,
  key: string,
  hours: number,
  now = new Date(),
): Promise<TRulePreview> {
  const rule = await findRule(db.orm, workspaceId, key);
  const settings = await planningSettingsOf(db.orm, workspaceId);
  const { from, to, candidates, truncated } = await readPreviewTriggers(
    db.orm,
    workspaceId,
    rule,
    hours,
    now,
    PREVIEW_LIMIT,
  );
  const preview: TRulePreview = {
    rule: rule.key,
    from: from.toISOString(),
    to: to.toISOString(),
    triggers: candidates.length,
    planned: 0,
    skipped: 0,
    byReason: {},
    truncated,
    decisions: [],
  };
  if (candidates.length === 0) return preview;
  const { historyOf, optedOut } = await readPlanningContext(
    db.orm,
    workspaceId,
    [rule],
    settings,
    candidates,
    from,
  );
  const byCustomer = new Map<number, TPreviewCandidate[]>();
  for (const c of candidates) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c]);
  let made = 0;
  for (const [customerId, list] of byCustomer) {
    const customer = (list[0] as TPreviewCandidate).customer;
    // The rule's own rows are what the dry run stands in for; the other rules' rows count as they are.
    let history: TInvitationHistory[] = (historyOf.get(customerId) ?? []).filter((h) => h.rule !== rule.key);
    list.sort((a, b) => a.due.getTime() - b.due.getTime());
    for (let i = 0; i < list.length;) {
      // Triggers due at the same moment are planned together, as one run of the job would.
      const due = (list[i] as TPreviewCandidate).due;
      let j = i;
      while (j < list.length && (list[j] as TPreviewCandidate).due.getTime() === due.getTime()) j += 1;
      const { decisions, displaced } = planInvitations({
        customer,
        candidates: list.slice(i, j),
        rules: [rule],
        history,
        optedOut: optedOut.has(customer),
        budget: settings.budget,
        timeZone: settings.timeZone,
        now: due,
      });
      const gone = new Set(displaced.map((d) => d.id));
      history = history.filter((h) => !gone.has(h.id));
      for (const d of decisions) {
        if (d.status === 'planned') {
          preview.planned += 1;
          made += 1;
          history.push({
            id: `preview:${made}`,
            rule: d.rule,
            survey: d.survey,
            triggerKey: d.triggerKey,
            episode: d.episode,
            status: 'planned',
            sendAt: d.sendAt,
            priority: d.priority,
          });
        } else {
          preview.skipped += 1;
          const reason = d.reason ?? 'unknown';
          preview.byReason[reason] = (preview.byReason[reason] ?? 0) + 1;
        }
        if (preview.decisions.length < SAMPLE) {
          preview.decisions.push({
            customer,
            triggerKey: d.triggerKey,
            episode: d.episode,
            status: d.status,
            reason: d.reason,
            detail: d.detail,
            at: d.at.toISOString(),
            sendAt: d.sendAt.toISOString(),
          });
        }
      }
      i = j;
    }
  }
  return preview;
}
