/**
 * The key-moment analysis of a journey (GET /api/journeys/{journey}/key-moments), typed with core's result
 * type (the OpenAPI document leaves the touchpoint figures open), and the two readings every page shares:
 * which touchpoints are badged key moments, and how a share meeting the standard is coloured.
 */
import type { TKeyMomentResult, TTouchpointKeyMoment } from '@mot/core';
import { useQuery } from '@tanstack/react-query';
import { waitForAnalysis } from './analysis.ts';
import { api, inWorkspace } from './api/client.ts';
import { useWorkspaceKey } from './session/session.ts';

/** The analysis as the API sends it: numbers that could not be computed are null instead of NaN. */
export type TKeyMoments = TKeyMomentResult;

/** One touchpoint's figures. */
export type TTouchpointFigures = TTouchpointKeyMoment;

/** How many top-ranked touchpoints with a lift clearly above zero are badged (as the offline report). */
export const KEY_MOMENT_BADGES = 3;

/** Whether an expected lift is clearly above zero: its interval, when there is one, excludes zero. */
export function isClearLift(lift: TTouchpointKeyMoment['lift']): boolean {
  if (!lift || !(lift.estimate > 0)) return false;
  return lift.lower != null && Number.isFinite(lift.lower) ? lift.lower > 0 : true;
}

/** The badged key moments, best first. */
export function keyMomentsOf(result: TKeyMoments): TTouchpointFigures[] {
  return result.touchpoints
    .filter((tp) => tp.rank !== null && tp.rank <= KEY_MOMENT_BADGES && isClearLift(tp.lift))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

/** The band of a share of moments meeting the standard; the map colours cards by it. */
export type TPerformanceBand = 'good' | 'fair' | 'poor' | 'none';

/** 90% or more meeting the standard is good, 70% or more fair, less is poor (the report's scale, banded). */
export function performanceBand(share: number | null | undefined): TPerformanceBand {
  if (share == null || !Number.isFinite(share)) return 'none';
  return share >= 0.9 ? 'good' : share >= 0.7 ? 'fair' : 'poor';
}

/**
 * The key-moment analysis of a journey in a period, kept for a minute; while the server computes it, the
 * last result (or, when there is none, the new one once ready).
 */
export function useKeyMoments(journey: string, range: { from: string; to: string } | null) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['key-moments', workspace, journey, range],
    staleTime: 60_000,
    queryFn: () =>
      waitForAnalysis<TKeyMoments>(() =>
        api.GET('/api/journeys/{journey}/key-moments', {
          params: { path: { journey }, query: range ?? {} },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
