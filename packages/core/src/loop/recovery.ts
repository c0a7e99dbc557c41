/**
 * Recovery figures of service-recovery cases, per touchpoint, owner department or period (issue 11):
 * - cases opened;
 * - first-response and resolution SLA attainment: the share of cases whose target is decided (met, or
 *   missed: done late or still open past the deadline) that met it, with a Wilson score interval (Wilson
 *   1927; Newcombe 1998a, Stat. Med. 17:857, method 3). A case whose deadline has not come is left out, as
 *   Chatwoot's applied-SLA records leave active ones out of their hit rate;
 * - median times to first response and to resolution (wall-clock, of the cases that got there);
 * - recovery rate: of the cases whose callback reached the customer, the share the customer calls solved,
 *   with a Wilson interval;
 * - re-contact within 30 days after closing: of the cases closed at least 30 days before `now`, the share
 *   whose customer came back with another case within 30 days (a closure younger than the window is not
 *   counted yet, as its outcome is unknown);
 * - the recovery paradox (McCollough, Berry & Yadav 2000, J. Service Research 3:121; meta-analysis de Matos,
 *   Henrique & Rossi 2007, J. Service Research 10:60): satisfaction of recovered customers against customers
 *   who never hit a floor at that touchpoint, as a difference of means with Welch's interval (Welch 1947,
 *   see means.ts) and of top-box shares with Newcombe's hybrid score interval (Newcombe 1998b, method 10,
 *   see proportions.ts). A positive difference whose interval excludes 0 is the paradox; most studies find
 *   recovered customers no more satisfied than those who never had a failure.
 */
import { summarizeSample, welchTestFromSummaries } from '../analytics/means.ts';
import type { TMeanTest } from '../analytics/means.ts';
import { newcombeDifference, wilsonInterval } from '../analytics/proportions.ts';
import type { TInterval } from '../analytics/proportions.ts';

/** One case as the figures read it; instants in epoch milliseconds, null when not (yet) reached. */
export type TRecoveryCase = {
  openedAt: number;
  firstResponseAt: number | null;
  firstResponseDueAt: number | null;
  resolvedAt: number | null;
  resolutionDueAt: number | null;
  closedAt: number | null;
  /** The last callback's answer: null when no callback reached the customer. */
  callbackSolved: boolean | null;
  /** When the same customer's next case (same journey) opened, if any. */
  nextCaseOpenedAt: number | null;
};

/** A share with its count, its base and a Wilson interval (null when the base is 0). */
export type TShare = { count: number; of: number; interval: TInterval | null };

/** The recovery figures of one group of cases. */
export type TRecoveryFigures = {
  opened: number;
  firstResponse: TShare;
  resolution: TShare;
  medianFirstResponseMinutes: number | null;
  medianResolutionHours: number | null;
  callbacksReached: number;
  recoveryRate: TShare;
  recontact: TShare;
};

/** Options: the instant the figures are taken at, the re-contact window and the confidence level. */
export type TRecoveryOptions = { now: number; recontactDays?: number; confidence?: number };

/** Re-contact window of the issue: 30 days after closing. */
export const RECONTACT_DAYS = 30;

const DAY_MS = 86_400_000;

/** The median of a sample (the mean of the middle two for an even size), null when empty. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A share and its Wilson interval. */
export function shareOf(count: number, of: number, confidence = 0.95): TShare {
  return { count, of, interval: of > 0 ? wilsonInterval(count, of, { confidence }) : null };
}

/** Whether a target was met (true), missed (false) or is not decided yet (null) at `now`. */
function verdict(doneAt: number | null, dueAt: number | null, now: number): boolean | null {
  if (dueAt === null) return null;
  if (doneAt !== null) return doneAt <= dueAt;
  return now > dueAt ? false : null;
}

/** The recovery figures of a group of cases (see the file header for each figure and its source). */
export function summarizeRecovery(
  cases: readonly TRecoveryCase[],
  options: TRecoveryOptions,
): TRecoveryFigures {
  const { now } = options;
  const confidence = options.confidence ?? 0.95;
  const windowMs = (options.recontactDays ?? RECONTACT_DAYS) * DAY_MS;
  const fr = { met: 0, of: 0 };
  const res = { met: 0, of: 0 };
  const frMinutes: number[] = [];
  const resHours: number[] = [];
  let reached = 0;
  let solved = 0;
  const recontact = { yes: 0, of: 0 };
  for (const c of cases) {
    const f = verdict(c.firstResponseAt, c.firstResponseDueAt, now);
    if (f !== null) {
      fr.of += 1;
      if (f) fr.met += 1;
    }
    const r = verdict(c.resolvedAt, c.resolutionDueAt, now);
    if (r !== null) {
      res.of += 1;
      if (r) res.met += 1;
    }
    if (c.firstResponseAt !== null) frMinutes.push((c.firstResponseAt - c.openedAt) / 60_000);
    if (c.resolvedAt !== null) resHours.push((c.resolvedAt - c.openedAt) / 3_600_000);
    if (c.callbackSolved !== null) {
      reached += 1;
      if (c.callbackSolved) solved += 1;
    }
    if (c.closedAt !== null && c.closedAt + windowMs <= now) {
      recontact.of += 1;
      const next = c.nextCaseOpenedAt;
      if (next !== null && next > c.closedAt && next <= c.closedAt + windowMs) recontact.yes += 1;
    }
  }
  return {
    opened: cases.length,
    firstResponse: shareOf(fr.met, fr.of, confidence),
    resolution: shareOf(res.met, res.of, confidence),
    medianFirstResponseMinutes: medianOf(frMinutes),
    medianResolutionHours: medianOf(resHours),
    callbacksReached: reached,
    recoveryRate: shareOf(solved, reached, confidence),
    recontact: shareOf(recontact.yes, recontact.of, confidence),
  };
}

/** One group's satisfaction scores summarised: size, mean, standard deviation (n - 1), top-box count. */
export type TSatisfactionSummary = { n: number; mean: number; sd: number; topBox: number };

/** The recovery paradox at one touchpoint: the two groups and their differences (recovered - never). */
export type TRecoveryParadox = {
  recovered: TSatisfactionSummary;
  neverBreached: TSatisfactionSummary;
  /** Welch's interval of the difference of means; null when a group has fewer than 2 scores. */
  meanDifference: TMeanTest | null;
  /** Newcombe's interval of the difference of top-box shares; null when a group is empty. */
  topBoxDifference: TInterval | null;
};

/** Summarises scores for the comparison; `topBox` is the lowest score that counts as top box. */
export function summarizeSatisfaction(scores: readonly number[], topBox = 5): TSatisfactionSummary {
  const s = summarizeSample(scores, 'scores');
  return { n: s.n, mean: s.n > 0 ? s.mean : 0, sd: s.sd, topBox: scores.filter((x) => x >= topBox).length };
}

/**
 * Compares the satisfaction of recovered customers with that of customers who never hit a floor at the
 * touchpoint, both on one scale (a 1-5 satisfaction, top box 5), from their summaries (so a database can
 * aggregate them). See the file header for the methods.
 */
export function compareRecoveredSatisfaction(
  recovered: TSatisfactionSummary,
  neverBreached: TSatisfactionSummary,
  confidence = 0.95,
): TRecoveryParadox {
  const a = recovered;
  const b = neverBreached;
  return {
    recovered: a,
    neverBreached: b,
    meanDifference: a.n >= 2 && b.n >= 2 ? welchTestFromSummaries(a, b, confidence) : null,
    topBoxDifference:
      a.n > 0 && b.n > 0 ? newcombeDifference(a.topBox, a.n, b.topBox, b.n, { confidence }) : null,
  };
}
