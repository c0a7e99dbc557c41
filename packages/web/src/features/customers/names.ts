/** Names of touchpoints and measures from the journey documents, in the current language. */
import { useMemo } from 'react';
import { formatMeasureValue, localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useJourneyList } from '../../lib/journeys.ts';

/** How the timeline names what it shows. */
export type TNames = {
  touchpoint: (journey: string, touchpoint: string) => string;
  /** A measure's name and value with its unit, e.g. "回访时长 64 hours"; a null measure is the rating. */
  measure: (journey: string, touchpoint: string, measure: string, value: number) => string;
};

/** Names from the given journeys (keys when a journey or touchpoint is unknown). */
export function namesOf(journeys: readonly TJourneyDoc[]): TNames {
  const find = (journey: string, touchpoint: string) =>
    journeys.find((j) => j.key === journey)?.touchpoints.find((x) => x.key === touchpoint);
  return {
    touchpoint: (journey, touchpoint) => {
      const tp = find(journey, touchpoint);
      return tp ? localName(tp) : touchpoint;
    },
    measure: (journey, touchpoint, measure, value) => {
      const m = find(journey, touchpoint)?.measures.find((x) => x.key === measure);
      return `${m ? localName(m) : measure} ${formatMeasureValue(value, m?.unit)}`;
    },
  };
}

/** Names from the workspace's journeys. */
export function useNames(): TNames {
  const journeys = useJourneyList();
  return useMemo(() => namesOf(journeys.data ?? []), [journeys.data]);
}
