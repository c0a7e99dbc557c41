/**
 * What the rules decided over a period, per rule: the moments they considered, the invitations they made
 * (and how far those got: sent, answered, failed), the ones they skipped by reason, and the moments they
 * passed over because their conditions did not hold (tallied per day, not in the ledger). Counted by the
 * trigger's day (UTC), as the tallies are, so the two add up for the same days.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** Days from and to, both included, `YYYY-MM-DD` (UTC). */
export type TSummaryPeriod = { from: string; to: string };

/** One rule's decisions over the period. */
export type TRuleDecisions = {
  rule: string;
  /** Moments the rule considered: every ledger decision plus the ones passed over. */
  considered: number;
  /** Invitations made (planned, being sent, sent or answered). */
  invited: number;
  sent: number;
  answered: number;
  /** Answered of sent; null before any was sent. */
  responseRate: number | null;
  failed: number;
  /** Decisions not to invite, by reason (the ledger's). */
  skipped: Record<string, number>;
  /** Moments whose rule's conditions did not hold (the tallies). */
  passedOver: number;
};

// Statuses of an invitation that was made: the planner decided to invite, whatever came of it since.
const INVITED = new Set(['planned', 'sending', 'sent', 'answered', 'failed']);
// An answered invitation was sent first.
const SENT = new Set(['sent', 'answered']);

const blank = (rule: string): TRuleDecisions => ({
  rule,
  considered: 0,
  invited: 0,
  sent: 0,
  answered: 0,
  responseRate: null,
  failed: 0,
  skipped: {},
  passedOver: 0,
});

/** The rules' decisions over the period, by rule key. */
export async function summarizeDecisions(
  orm: TOrm,
  workspaceId: string,
  period: TSummaryPeriod,
): Promise<TRuleDecisions[]> {
  // Days are UTC days whatever the session's time zone, as the tallies' are. A decision is made at or after
  // its trigger, so `created_at >= from` lets the ledger's index (workspace, created_at) bound the scan; the
  // trigger's day decides the period.
  const from = sql`(${period.from}::date::timestamp at time zone 'UTC')`;
  const to = sql`((${period.to}::date + 1)::timestamp at time zone 'UTC')`;
  const decided = await queryRows<{
    rule_key: string;
    status: string;
    reason: string | null;
    n: string | number;
  }>(
    orm,
    sql`select rule_key, status, reason, count(*) as n from invitations
        where workspace_id = ${workspaceId} and created_at >= ${from}
          and triggered_at >= ${from} and triggered_at < ${to}
        group by rule_key, status, reason`,
  );
  const passed = await queryRows<{ rule_key: string; n: string | number }>(
    orm,
    sql`select rule_key, sum(count) as n from invitation_tallies
        where workspace_id = ${workspaceId} and day >= ${period.from}::date and day <= ${period.to}::date
        group by rule_key`,
  );
  const byRule = new Map<string, TRuleDecisions>();
  const of = (rule: string) => {
    const known = byRule.get(rule);
    if (known) return known;
    const made = blank(rule);
    byRule.set(rule, made);
    return made;
  };
  for (const row of decided) {
    const n = Number(row.n);
    const summary = of(row.rule_key);
    summary.considered += n;
    if (INVITED.has(row.status)) summary.invited += n;
    if (SENT.has(row.status)) summary.sent += n;
    if (row.status === 'answered') summary.answered += n;
    if (row.status === 'failed') summary.failed += n;
    if (row.status === 'skipped' && row.reason !== null) {
      summary.skipped[row.reason] = (summary.skipped[row.reason] ?? 0) + n;
    }
  }
  for (const row of passed) {
    const summary = of(row.rule_key);
    summary.passedOver += Number(row.n);
    summary.considered += Number(row.n);
  }
  for (const summary of byRule.values()) {
    summary.responseRate = summary.sent > 0 ? summary.answered / summary.sent : null;
  }
  return [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}
