/**
 * Typical good and bad episodes: one real episode to show for "how customers with a good outcome lived the
 * journey" and one for a bad outcome, chosen by a rule a reader can check.
 *
 * The rule. Candidates are the episodes with an outcome and a peak-end-floor score (at least one moment with
 * an experience value). Outcomes are oriented so that higher is better (churn: staying is 1, churning 0).
 * - Groups. Continuous outcomes (overall, NPS): the good group is the top quartile by outcome, every episode
 *   whose outcome is at least that of the ceil(n/4)-th best; the bad group the bottom quartile likewise. A
 *   binary outcome has no quartiles: the good group is the episodes that stayed, the bad group those that
 *   churned. When the two groups would share an outcome value (no spread), there is no typical pair.
 * - Pick. In each group, the episode whose score is nearest the group's median score (the mean of the two
 *   middle scores for an even count); ties go to the smaller tie key (customer id, then episode key, in
 *   code-unit order), so the same data always give the same pick.
 * The median keeps one extraordinary episode from being shown as typical; quartiles keep groups large enough
 * that the median means something, yet far apart enough that good and bad differ.
 */

/** An episode the rule may pick: its tie key, outcome (higher is better) and peak-end-floor score. */
export type TTypicalCandidate = { tieKey: string; outcome: number; score: number };

/** The pick of one group and the group's size and median score; null when the group is empty. */
export type TTypicalPick<T extends TTypicalCandidate> = {
  episode: T;
  groupSize: number;
  medianScore: number;
};

/** The typical good and bad episodes, each null when there is none. */
export type TTypicalEpisodes<T extends TTypicalCandidate> = {
  good: TTypicalPick<T> | null;
  bad: TTypicalPick<T> | null;
};

const byTieKey = (a: TTypicalCandidate, b: TTypicalCandidate) =>
  a.tieKey < b.tieKey ? -1 : a.tieKey > b.tieKey ? 1 : 0;

/** The median of sorted numbers (the mean of the two middle ones for an even count). */
function medianOf(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The group's episode nearest its median score, ties to the smaller tie key. */
function pickNearestMedian<T extends TTypicalCandidate>(group: readonly T[]): TTypicalPick<T> | null {
  if (group.length === 0) return null;
  const medianScore = medianOf(group.map((c) => c.score).sort((a, b) => a - b));
  let best = group[0] as T;
  for (const c of group) {
    const d = Math.abs(c.score - medianScore) - Math.abs(best.score - medianScore);
    if (d < 0 || (d === 0 && byTieKey(c, best) < 0)) best = c;
  }
  return { episode: best, groupSize: group.length, medianScore };
}

/** Picks the typical good and bad episodes by the rule of the file header. */
export function pickTypicalEpisodes<T extends TTypicalCandidate>(
  candidates: readonly T[],
  outcome: 'continuous' | 'binary',
): TTypicalEpisodes<T> {
  const valid = candidates.filter((c) => Number.isFinite(c.outcome) && Number.isFinite(c.score));
  if (valid.length === 0) return { good: null, bad: null };
  let goodFrom: number;
  let badTo: number;
  if (outcome === 'binary') {
    [goodFrom, badTo] = [1, 0];
  } else {
    const sorted = valid.map((c) => c.outcome).sort((a, b) => a - b);
    const q = Math.ceil(sorted.length / 4);
    [goodFrom, badTo] = [sorted[sorted.length - q] as number, sorted[q - 1] as number];
  }
  if (badTo >= goodFrom) return { good: null, bad: null };
  return {
    good: pickNearestMedian(valid.filter((c) => c.outcome >= goodFrom)),
    bad: pickNearestMedian(valid.filter((c) => c.outcome <= badTo)),
  };
}
