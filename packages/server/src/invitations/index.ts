/**
 * Invitations: distribution rules, the planner job over a workspace's triggers, the ledger of every
 * decision and the sending of due invitations through the channels (docs/invitations.md).
 */
export { createRule, deleteRule, findRule, listRules, updateRule } from './rules-store.ts';
export type { TStoredRule } from './rules-store.ts';
export { planningSettingsOf, writeFatigueBudget } from './fatigue-budget.ts';
export { planWorkspaceInvitations, PLANNER_OVERLAP_MS } from './plan-workspace.ts';
export type { TPlanRunOptions, TPlanRunReport } from './plan-workspace.ts';
export { ensurePlanJob, handlePlanJob, PLAN_JOB } from './plan-job.ts';
export { handleSendJob } from './send-invitation-job.ts';
export { SEND_JOB } from './record-decisions.ts';
export { previewRule } from './preview-rule.ts';
export type { TRulePreview } from './preview-rule.ts';
export { findInvitations } from './find-invitations.ts';
export { findTallies } from './find-tallies.ts';
export type { TTally, TTallyQuery } from './find-tallies.ts';
export type { TLedgerEntry, TLedgerQuery } from './find-invitations.ts';
