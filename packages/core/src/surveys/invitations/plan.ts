/**
 * The invitation planner: for one customer, the candidate triggers of the distribution rules, the
 * customer's invitations so far and the workspace's fatigue budget decide, per candidate, an invitation
 * planned at a send time (after the rule's delay, out of quiet hours) or a skip with its reason. Pure and
 * deterministic: the same input gives the same decisions, so a re-plan agrees with the first.
 *
 * Order: each candidate's own gates first (conditions, sampling), then the candidates that pass, the
 * highest priority first (then the earliest send), against the customer's counted invitations: opt-out,
 * duplicate, recontact, then the budget. A higher-priority candidate may displace a lower-priority
 * invitation that is planned and not yet on its way, when that makes room (a recovery check outranks a
 * routine CSAT still waiting for its delay); the displaced one becomes `outranked`.
 */
import { checkBudget } from './budget.ts';
import { conditionsHold } from './conditions.ts';
import { afterQuietHours } from './quiet-hours.ts';
import { COUNTED_STATUSES } from './rule.ts';
import type { TDistributionRule, TFatigueBudget, TInvitationStatus, TSkipReason } from './rule.ts';
import { isSampledIn, samplingPosition } from './sampling.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** What the planner needs of a rule. */
export type TPlanRule = Pick<
  TDistributionRule,
  | 'key'
  | 'survey'
  | 'conditions'
  | 'sampling'
  | 'delayMinutes'
  | 'quietHours'
  | 'recontactDays'
  | 'channel'
  | 'priority'
>;

/** A trigger of one rule for the customer: a moment, an episode's end, a closed case, a schedule's turn. */
export type TInvitationCandidate = {
  rule: string;
  /** Names the trigger (e.g. `moment:123`); with the rule and customer it names the invitation. */
  triggerKey: string;
  at: Date;
  episode?: string | null | undefined;
  /** The segment attributes the conditions read (the moment's over the customer's). */
  attributes?: Readonly<Record<string, unknown>> | undefined;
  experience?: number | null | undefined;
};

/** One of the customer's invitations so far (any status), as the ledger holds it. */
export type TInvitationHistory = {
  id: string;
  rule: string;
  survey: string;
  triggerKey: string;
  episode?: string | null | undefined;
  status: TInvitationStatus;
  /** When it was sent, or is planned to be. */
  sendAt: Date;
  priority: number;
};

/** A decision on one candidate. `sendAt` is when it goes (planned) or would have gone (skipped). */
export type TInvitationDecision = {
  rule: string;
  survey: string;
  channel: TPlanRule['channel'];
  priority: number;
  triggerKey: string;
  at: Date;
  episode: string | null;
  sendAt: Date;
  status: 'planned' | 'skipped';
  reason: TSkipReason | null;
  /** The figures behind a skip (codes and numbers, never sentences). */
  detail: Record<string, string | number>;
};

/** The planner's input for one customer. */
export type TPlanInput = {
  customer: string;
  candidates: readonly TInvitationCandidate[];
  rules: readonly TPlanRule[];
  history: readonly TInvitationHistory[];
  optedOut: boolean;
  budget: TFatigueBudget;
  /** The workspace's IANA time zone (quiet hours are local). */
  timeZone: string;
  /** Nothing is planned to go before this (a late trigger goes now); default: no floor. */
  now?: Date | undefined;
};

/** The decisions, one per candidate in input order, and the planned invitations displaced by them. */
export type TPlanResult = {
  decisions: TInvitationDecision[];
  displaced: Array<{ id: string; byRule: string; byTriggerKey: string }>;
};

type TCounted = {
  at: number;
  id: string | null;
  rule: string;
  survey: string;
  triggerKey: string;
  episode: string | null;
  priority: number;
  /** Planned earlier and not yet on its way: a higher priority may displace it. */
  displaceable: boolean;
  /** Accepted in this planning. */
  fresh: boolean;
};

/** The send time of a trigger under a rule: after the delay (never before `now`), out of quiet hours. */
export function sendTimeOf(rule: TPlanRule, at: Date, timeZone: string, now?: Date): Date {
  const due = Math.max(at.getTime() + rule.delayMinutes * MINUTE_MS, now?.getTime() ?? -Infinity);
  return afterQuietHours(new Date(due), rule.quietHours, timeZone);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Plans one customer's candidates (see the module comment). */
export function planInvitations(input: TPlanInput): TPlanResult {
  const rules = new Map(input.rules.map((r) => [r.key, r]));
  const decisions: TInvitationDecision[] = [];
  const eligible: number[] = [];
  const seen = new Set<string>();
  input.candidates.forEach((c, index) => {
    const rule = rules.get(c.rule);
    if (!rule) throw new RangeError(`candidate names no rule given: ${c.rule}`);
    const decision: TInvitationDecision = {
      rule: rule.key,
      survey: rule.survey,
      channel: rule.channel,
      priority: rule.priority,
      triggerKey: c.triggerKey,
      at: c.at,
      episode: c.episode ?? null,
      sendAt: sendTimeOf(rule, c.at, input.timeZone, input.now),
      status: 'skipped',
      reason: null,
      detail: {},
    };
    decisions.push(decision);
    const name = `${c.rule}\u0000${c.triggerKey}`;
    if (seen.has(name)) {
      decision.reason = 'duplicate';
      decision.detail = { byRule: rule.key, byTriggerKey: c.triggerKey };
    } else if (!conditionsHold(rule.conditions, c.attributes ?? {}, c.experience)) {
      decision.reason = 'condition_false';
    } else if (!isSampledIn(rule.key, input.customer, c.triggerKey, rule.sampling)) {
      decision.reason = 'sampled_out';
      decision.detail = {
        share: rule.sampling,
        position: Number(samplingPosition(rule.key, input.customer, c.triggerKey).toFixed(6)),
      };
    } else {
      eligible.push(index);
    }
    seen.add(name);
  });

  const pool: TCounted[] = input.history
    .filter((h) => COUNTED_STATUSES.includes(h.status))
    .map((h) => ({
      at: h.sendAt.getTime(),
      id: h.id,
      rule: h.rule,
      survey: h.survey,
      triggerKey: h.triggerKey,
      episode: h.episode ?? null,
      priority: h.priority,
      displaceable: h.status === 'planned',
      fresh: false,
    }));
  const displaced: TPlanResult['displaced'] = [];
  const order = eligible
    .map((index) => decisions[index] as TInvitationDecision)
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        a.sendAt.getTime() - b.sendAt.getTime() ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
        (a.triggerKey < b.triggerKey ? -1 : a.triggerKey > b.triggerKey ? 1 : 0),
    );
  for (const d of order) {
    const rule = rules.get(d.rule) as TPlanRule;
    const skip = (reason: TSkipReason, blocker: TCounted | null, detail: Record<string, string | number>) => {
      // A candidate beaten by one accepted in this planning with a higher priority was outranked.
      if (blocker?.fresh && blocker.priority > d.priority) {
        d.reason = 'outranked';
        d.detail = { byRule: blocker.rule, byTriggerKey: blocker.triggerKey, instead: reason };
      } else {
        d.reason = reason;
        d.detail = detail;
      }
    };
    const at = d.sendAt.getTime();
    if (input.optedOut) {
      d.reason = 'opted_out';
      continue;
    }
    const same = pool.find(
      (e) =>
        e.survey === d.survey &&
        (d.episode !== null ? e.episode === d.episode : e.triggerKey === d.triggerKey),
    );
    if (same) {
      skip('duplicate', same, { byRule: same.rule, byTriggerKey: same.triggerKey });
      continue;
    }
    const recontact = pool.find(
      (e) => e.survey === d.survey && Math.abs(e.at - at) < rule.recontactDays * DAY_MS,
    );
    if (recontact) {
      skip('recontact', recontact, { lastAt: iso(recontact.at), recontactDays: rule.recontactDays });
      continue;
    }
    const miss = checkBudget(at, pool, input.budget);
    if (miss) {
      const room = makeRoom(at, d.priority, pool, input.budget);
      if (room) {
        for (const e of room) {
          pool.splice(pool.indexOf(e), 1);
          displaced.push({ id: e.id as string, byRule: d.rule, byTriggerKey: d.triggerKey });
        }
      } else {
        const blocker = miss.reason === 'fatigue_spacing' ? miss.nearest : freshestBlocker(miss.inWindow);
        skip(
          miss.reason,
          blocker,
          miss.reason === 'fatigue_spacing'
            ? {
                nearestAt: iso(miss.nearest.at),
                nearestRule: miss.nearest.rule,
                minDaysApart: input.budget.minDaysApart,
              }
            : { used: miss.used, limit: input.budget.maxInvitations, windowDays: input.budget.windowDays },
        );
        continue;
      }
    }
    d.status = 'planned';
    d.reason = null;
    d.detail = {};
    pool.push({
      at,
      id: null,
      rule: d.rule,
      survey: d.survey,
      triggerKey: d.triggerKey,
      episode: d.episode,
      priority: d.priority,
      displaceable: false,
      fresh: true,
    });
  }
  return { decisions, displaced };
}

/** The highest-priority invitation of this planning among the blockers, if any (else the first). */
function freshestBlocker(blockers: readonly TCounted[]): TCounted | null {
  const fresh = blockers.filter((b) => b.fresh).sort((a, b) => b.priority - a.priority);
  return fresh[0] ?? blockers[0] ?? null;
}

/**
 * The planned, lower-priority invitations to displace (lowest priority first, then the latest) so that one
 * more at `at` keeps the budget; null when displacing them all would not make room.
 */
function makeRoom(
  at: number,
  priority: number,
  pool: readonly TCounted[],
  budget: TFatigueBudget,
): TCounted[] | null {
  const reach = Math.max(budget.windowDays, budget.minDaysApart) * DAY_MS;
  const movable = pool
    .filter((e) => e.displaceable && e.priority < priority && Math.abs(e.at - at) < reach)
    .sort((a, b) => a.priority - b.priority || b.at - a.at);
  if (movable.length === 0) return null;
  const removed: TCounted[] = [];
  let rest = [...pool];
  for (const e of movable) {
    removed.push(e);
    rest = rest.filter((x) => x !== e);
    if (!checkBudget(at, rest, budget)) {
      // Put back what need not go: only windows and gaps that hold `at` changed, so one check each.
      for (const back of [...removed].reverse()) {
        if (!checkBudget(at, [...rest, back], budget)) {
          rest.push(back);
          removed.splice(removed.indexOf(back), 1);
        }
      }
      return removed;
    }
  }
  return null;
}
