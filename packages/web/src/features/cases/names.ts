/** Names of journeys and touchpoints in the current language, from the workspace's journey documents. */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { packRuleName } from '../../lib/loop-labels.ts';

/** How the case pages name a journey or a touchpoint (the API's name when the journey is not loaded). */
export type TPlaceNames = {
  journey: (journey: { key: string; name: string }) => string;
  touchpoint: (journey: string, touchpoint: { key: string; name: string }) => string;
  measure: (journey: string, touchpoint: string, measure: string) => { name: string; unit?: string };
};

/** Names from the workspace's journeys. */
export function usePlaceNames(): TPlaceNames {
  const journeys = useJourneyList();
  return useMemo(() => {
    const list = journeys.data ?? [];
    const find = (key: string) => list.find((j) => j.key === key);
    const point = (journey: string, touchpoint: string) =>
      find(journey)?.touchpoints.find((tp) => tp.key === touchpoint);
    return {
      journey: (j) => {
        const doc = find(j.key);
        return doc ? localName(doc) : j.name;
      },
      touchpoint: (journey, tp) => {
        const doc = point(journey, tp.key);
        return doc ? localName(doc) : tp.name;
      },
      measure: (journey, touchpoint, measure) => {
        const doc = point(journey, touchpoint)?.measures.find((m) => m.key === measure);
        return doc ? { name: localName(doc), ...(doc.unit ? { unit: doc.unit } : {}) } : { name: measure };
      },
    };
  }, [journeys.data]);
}

/**
 * A case's title in the current language. The server writes "<rule> · <touchpoint>" once, in the words of
 * the moment it opened; the rule's name (a pack's) and the touchpoint's are said again in the reader's.
 */
export function caseHeadline(
  c: { title: string; journey: { key: string }; touchpoint: { key: string; name: string } },
  names: TPlaceNames,
  t: TFunction,
): string {
  const at = c.title.indexOf(' · ');
  if (at < 0) return packRuleName(c.title, t);
  return `${packRuleName(c.title.slice(0, at), t)} · ${names.touchpoint(c.journey.key, c.touchpoint)}`;
}
