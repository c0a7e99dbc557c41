/**
 * The churn page's resources: survival by exposure at a touchpoint, the Cox model of churn with the churn
 * each touchpoint would avoid, and the at-risk list (pages of it). Each is a stored analysis: while the
 * server computes it (202) these ask again every second and show the last result.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { analysisAnswerOf, pollWhileRunning } from '../../lib/analysis.ts';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { TOk } from '../../lib/api/types.ts';
import type { TSeverity } from '@mot/core/loop/types';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** Survival curves of the exposed and unexposed customers, and the log-rank test. */
export type TChurnSurvival = TOk<'/api/churn/survival', 'get'>;
/** Hazard ratios and churn avoided per touchpoint. */
export type TChurnDrivers = TOk<'/api/churn/drivers', 'get'>;
/** A page of the at-risk list with the model and its validation. */
export type TAtRiskPage = TOk<'/api/churn/at-risk', 'get'>;

/** GET /api/churn/survival for a journey and the touchpoint that defines exposure. */
export function useChurnSurvival(journey: string, touchpoint: string) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['churn', 'survival', workspace, journey, touchpoint],
    enabled: journey !== '' && touchpoint !== '',
    placeholderData: keepPreviousData,
    refetchInterval: pollWhileRunning,
    retry: false,
    queryFn: () =>
      analysisAnswerOf<TChurnSurvival>(
        api.GET('/api/churn/survival', {
          params: { query: { journey, touchpoint } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** GET /api/churn/drivers for a journey (churn avoided over 180 days). */
export function useChurnDrivers(journey: string) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['churn', 'drivers', workspace, journey],
    enabled: journey !== '',
    refetchInterval: pollWhileRunning,
    retry: false,
    queryFn: () =>
      analysisAnswerOf<TChurnDrivers>(
        api.GET('/api/churn/drivers', {
          params: { query: { journey, horizonDays: 180 } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** GET /api/churn/at-risk: one page of the list, from the cursor `after` (none: the first page). */
export function useAtRisk(journey: string, after: string | null, limit: number) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['churn', 'at-risk', workspace, journey, after, limit],
    enabled: journey !== '',
    placeholderData: keepPreviousData,
    refetchInterval: pollWhileRunning,
    retry: false,
    queryFn: () =>
      analysisAnswerOf<TAtRiskPage>(
        api.GET('/api/churn/at-risk', {
          params: { query: { journey, limit, ...(after ? { after } : {}) } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

const DAY_MS = 86_400_000;

/**
 * POST /api/callbacks/plan: a routine callback list (回访清单) without cases, of up to 50 customers who hit a
 * floor at the touchpoint in the last 90 days, or of one customer at risk.
 */
export function usePlanCallbacksAt() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      journey,
      touchpoint,
      customer,
    }: {
      journey: string;
      touchpoint: string;
      customer?: string;
    }) =>
      unwrap(
        api.POST('/api/callbacks/plan', {
          // One customer: their latest breached episode at the touchpoint, whenever it was.
          body: customer
            ? { journey, touchpoint, customer, customers: 'breached', sample: 1 }
            : {
                journey,
                touchpoint,
                customers: 'breached',
                sample: 50,
                from: new Date(Date.now() - 90 * DAY_MS).toISOString(),
              },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['callbacks', workspace] }),
  });
}

/** Body of POST /api/cases: a case opened by hand. */
export type TOpenCase = {
  customer: string;
  journey: string;
  touchpoint: string;
  severity: TSeverity;
  title: string;
  note?: string;
};

/** POST /api/cases: opens a case for a customer at risk, owned by the touchpoint's department. */
export function useOpenCase() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TOpenCase) =>
      unwrap(api.POST('/api/cases', { body, headers: inWorkspace(workspace) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', workspace] }),
  });
}
