/**
 * Whether a due invitation may still go: checked by the sender each time it claims a planned invitation,
 * before the channel is called, since hours or days may pass between planning and sending. The customer's
 * opt-out (退订, honoured forever) first, then the rule that planned it (switched off or deleted since), then
 * its survey (set back to draft, archived or deleted since). A blocked invitation is skipped with the
 * reason and the figure behind it, never sent and never retried.
 */
import type { TSkipReason } from './rule.ts';

/** The state of a due invitation's customer, rule and survey at sending time. */
export type TSendingState = {
  optedOut: boolean;
  /** Its rule now: switched on, switched off, or deleted. */
  rule: 'on' | 'off' | 'deleted';
  /** Its survey's status now (`active` is the only one that sends), or `deleted`. */
  survey: string;
};

/** Why a due invitation is not sent after all, with the figure the ledger keeps in `detail`. */
export type TSendingSkip = {
  reason: Extract<TSkipReason, 'opted_out' | 'rule_disabled' | 'survey_inactive'>;
  detail: Record<string, string>;
};

/** The reason a due invitation must not go (see the module comment), or null when it may. */
export function sendingSkipOf(state: TSendingState): TSendingSkip | null {
  if (state.optedOut) return { reason: 'opted_out', detail: {} };
  if (state.rule !== 'on') return { reason: 'rule_disabled', detail: { ruleState: state.rule } };
  if (state.survey !== 'active') return { reason: 'survey_inactive', detail: { surveyStatus: state.survey } };
  return null;
}
