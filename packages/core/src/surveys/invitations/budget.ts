/**
 * The fatigue budget judged at one send time: at most N counted invitations in ANY rolling window of W days
 * (every window that would hold the new one, before and after it, since a later invitation may already be
 * planned) and none closer than D days.
 */
import type { TFatigueBudget } from './rule.ts';

const DAY_MS = 86_400_000;

/** A counted invitation, by its send time (milliseconds). */
export type TBudgetEntry = { at: number };

/** Why a send time does not fit the budget, with the figures that explain it. */
export type TBudgetMiss<T extends TBudgetEntry> =
  { reason: 'fatigue_spacing'; nearest: T } | { reason: 'fatigue_window'; used: number; inWindow: T[] };

/** Whether one more invitation at `at` keeps the budget, or the first rule it breaks. */
export function checkBudget<T extends TBudgetEntry>(
  at: number,
  entries: readonly T[],
  budget: TFatigueBudget,
): TBudgetMiss<T> | null {
  const spacing = budget.minDaysApart * DAY_MS;
  let nearest: T | undefined;
  for (const e of entries) {
    const gap = Math.abs(e.at - at);
    if (gap < spacing && (!nearest || gap < Math.abs(nearest.at - at))) nearest = e;
  }
  if (nearest) return { reason: 'fatigue_spacing', nearest };
  const width = budget.windowDays * DAY_MS;
  const near = entries.filter((e) => e.at > at - width && e.at < at + width).sort((a, b) => a.at - b.at);
  // Windows [s, s + W) holding `at` start at `at` or at an entry in (at - W, at]; count each.
  const starts = [at, ...near.filter((e) => e.at <= at).map((e) => e.at)];
  for (const start of starts) {
    const inWindow = near.filter((e) => e.at >= start && e.at < start + width);
    if (inWindow.length + 1 > budget.maxInvitations) {
      return { reason: 'fatigue_window', used: inWindow.length, inWindow };
    }
  }
  return null;
}

/**
 * Whether a set of send times keeps the budget (the property every plan keeps): sorted, each is at least
 * D days after the one before, and the one N places later is at least W days after it.
 */
export function keepsBudget(times: readonly number[], budget: TFatigueBudget): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i += 1) {
    if ((sorted[i] ?? 0) - (sorted[i - 1] ?? 0) < budget.minDaysApart * DAY_MS) return false;
  }
  for (let i = 0; i + budget.maxInvitations < sorted.length; i += 1) {
    if ((sorted[i + budget.maxInvitations] ?? 0) - (sorted[i] ?? 0) < budget.windowDays * DAY_MS)
      return false;
  }
  return true;
}
