/**
 * An episode's emotion curve: its moments with an experience value (-1..+1) in the order they happened, each
 * with its touchpoint and breaches. Moments without an experience value (no measure, no rating) have no place
 * on the curve and are counted apart, so the reader knows the curve is not the whole episode.
 */

/** A moment as the API sends it (the fields the curve reads). */
export type TCurveMoment = {
  eventId: string;
  occurredAt: string;
  touchpoint: string;
  experience: number | null;
  breaches: readonly unknown[];
};

/** A point of the curve. */
export type TCurvePoint = {
  step: number;
  eventId: string;
  touchpoint: string;
  occurredAt: string;
  value: number;
  breaches: number;
};

/** The curve, its lowest and last points, and how many moments had no experience value. */
export type TCurve = {
  points: TCurvePoint[];
  lowest: TCurvePoint | null;
  last: TCurvePoint | null;
  withoutValue: number;
};

/** The curve of an episode's moments (in any order: they are sorted by time, ties kept in the given order). */
export function episodeCurve(moments: readonly TCurveMoment[]): TCurve {
  const sorted = moments
    .map((m, i) => ({ m, i, t: Date.parse(m.occurredAt) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ m }) => m);
  const points: TCurvePoint[] = [];
  for (const m of sorted) {
    if (m.experience === null || !Number.isFinite(m.experience)) continue;
    points.push({
      step: points.length + 1,
      eventId: m.eventId,
      touchpoint: m.touchpoint,
      occurredAt: m.occurredAt,
      value: m.experience,
      breaches: m.breaches.length,
    });
  }
  let lowest: TCurvePoint | null = null;
  for (const p of points) if (lowest === null || p.value < lowest.value) lowest = p;
  return { points, lowest, last: points.at(-1) ?? null, withoutValue: sorted.length - points.length };
}
