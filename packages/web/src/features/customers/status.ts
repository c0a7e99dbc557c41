/**
 * The reading an agent needs in ten seconds: how this customer's latest episode went (one status), and the
 * worst moment they lived, so the call can start from it.
 */

/** A moment as the timeline sends it (the fields read here). */
export type TStatusMoment = {
  eventId: string;
  occurredAt: string;
  journey: string;
  episode: string;
  experience: number | null;
  breaches: readonly unknown[];
};

/** `bad`: the latest episode had a breach or a clearly bad moment; `mixed`: a weak moment; `good`: none. */
export type TCustomerStatus = 'bad' | 'mixed' | 'good' | 'none';

/** Below this experience (-1..+1) a moment is clearly bad; below MIXED it is weak. */
export const BAD = -0.3;
export const MIXED = 0.2;

/** The moments of the customer's latest episode (the episode of their latest moment). */
export function latestEpisodeMoments<T extends TStatusMoment>(moments: readonly T[]): T[] {
  const latest = [...moments].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))[0];
  if (!latest) return [];
  return moments.filter((m) => m.journey === latest.journey && m.episode === latest.episode);
}

/** The worst moment: the lowest experience, a breach counting as worse than any value; the latest of ties. */
export function worstMoment<T extends TStatusMoment>(moments: readonly T[]): T | null {
  let worst: T | null = null;
  const badness = (m: T) => (m.breaches.length > 0 ? 10 : 0) - (m.experience ?? 0);
  for (const m of moments) {
    if (m.experience === null && m.breaches.length === 0) continue;
    if (
      worst === null ||
      badness(m) > badness(worst) ||
      (badness(m) === badness(worst) && Date.parse(m.occurredAt) > Date.parse(worst.occurredAt))
    )
      worst = m;
  }
  return worst;
}

/** The status of the customer from their latest episode. */
export function customerStatus(moments: readonly TStatusMoment[]): TCustomerStatus {
  const latest = latestEpisodeMoments(moments);
  if (latest.length === 0) return 'none';
  const values = latest.flatMap((m) => (m.experience === null ? [] : [m.experience]));
  if (latest.some((m) => m.breaches.length > 0) || values.some((v) => v < BAD)) return 'bad';
  if (values.some((v) => v < MIXED)) return 'mixed';
  return 'good';
}

/** Moments newest first (the order of the timeline on screen). */
export function newestFirst<T extends { occurredAt: string }>(moments: readonly T[]): T[] {
  return moments
    .map((m, i) => ({ m, i, t: Date.parse(m.occurredAt) }))
    .sort((a, b) => b.t - a.t || b.i - a.i)
    .map(({ m }) => m);
}
