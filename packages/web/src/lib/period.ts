/** The period a page looks at: the last N days up to now, or everything. One definition for every page. */

/** Periods offered by the period selector. */
export const PERIODS = ['7d', '30d', '90d', '365d'] as const;

/** A period. */
export type TPeriod = (typeof PERIODS)[number];

const DAYS: Record<TPeriod, number> = { '7d': 7, '30d': 30, '90d': 90, '365d': 365 };

/** The instants of a period ending now, rounded down to the minute so queries share a cache entry. */
export function periodRange(period: TPeriod, now = Date.now()): { from: string; to: string } {
  const to = Math.floor(now / 60_000) * 60_000 + 60_000;
  return {
    from: new Date(to - DAYS[period] * 86_400_000).toISOString(),
    to: new Date(to).toISOString(),
  };
}

/** Whether a string names a period (e.g. from the URL). */
export function isPeriod(value: string | null): value is TPeriod {
  return (PERIODS as readonly string[]).includes(value ?? '');
}
