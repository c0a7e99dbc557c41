/** The breach feed's filters, read from and written to the URL so a link keeps them. */
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TPeriod } from '../../lib/period.ts';
import { isPeriod } from '../../lib/period.ts';

/** The filters as the page holds them. */
export type TBreachFilters = {
  journey: string | undefined;
  touchpoint: string | undefined;
  measure: string | undefined;
  period: TPeriod;
};

/** Reads the filters from the address's search parameters (an unknown period falls back to 30 days). */
export function readFilters(params: URLSearchParams): TBreachFilters {
  const period = params.get('period');
  return {
    journey: params.get('journey') ?? undefined,
    touchpoint: params.get('touchpoint') ?? undefined,
    measure: params.get('measure') ?? undefined,
    period: isPeriod(period) ? period : '30d',
  };
}

/** The search parameters of a set of filters (empty ones left out). */
export function toParams(filters: TBreachFilters): Record<string, string> {
  const out: Record<string, string> = { period: filters.period };
  if (filters.journey) out['journey'] = filters.journey;
  if (filters.touchpoint) out['touchpoint'] = filters.touchpoint;
  if (filters.measure) out['measure'] = filters.measure;
  return out;
}

/** A touchpoint with the journey it belongs to. */
export type TTouchpointOf = { journey: TJourneyDoc; touchpoint: TJourneyDoc['touchpoints'][number] };

/** The touchpoints the touchpoint filter offers: the chosen journey's, or every journey's. */
export function touchpointsOf(journeys: TJourneyDoc[], journey: string | undefined): TTouchpointOf[] {
  return journeys
    .filter((j) => journey === undefined || j.key === journey)
    .flatMap((j) => j.touchpoints.map((touchpoint) => ({ journey: j, touchpoint })));
}

/** The measures the measure filter offers: those of the chosen touchpoints, each key once. */
export function measuresOf(touchpoints: TTouchpointOf[], touchpoint: string | undefined) {
  const seen = new Map<string, TJourneyDoc['touchpoints'][number]['measures'][number]>();
  for (const entry of touchpoints) {
    if (touchpoint !== undefined && entry.touchpoint.key !== touchpoint) continue;
    for (const measure of entry.touchpoint.measures)
      if (!seen.has(measure.key)) seen.set(measure.key, measure);
  }
  return [...seen.values()];
}

/** Finds a breach's touchpoint and measure in the journeys, for their names and units. */
export function describeBreach(
  journeys: TJourneyDoc[],
  breach: { journey: string; touchpoint: string; measure: string | null },
) {
  const journey = journeys.find((j) => j.key === breach.journey);
  const touchpoint = journey?.touchpoints.find((tp) => tp.key === breach.touchpoint);
  const measure = touchpoint?.measures.find((m) => m.key === breach.measure);
  return { journey, touchpoint, measure };
}
