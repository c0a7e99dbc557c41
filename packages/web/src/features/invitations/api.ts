/** The invitation resources: distribution rules, their dry run, the ledger and the fatigue budget. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A stored rule. */
export type TRule = components['schemas']['DistributionRule'];
/** A rule as written (the form's value). */
export type TRuleInput = components['schemas']['DistributionRuleInput'];
/** One decision of the ledger. */
export type TInvitation = components['schemas']['Invitation'];
/** The fatigue budget. */
export type TBudget = components['schemas']['FatigueBudget'];
/** What a dry run found. */
export type TPlanResult = components['schemas']['PlanNowResult'];
/** Filters of the ledger. */
export type TLedgerFilters = {
  status?: TInvitation['status'];
  reason?: NonNullable<TInvitation['reason']>;
  customer?: string;
};

const keys = {
  rules: (ws: string) => ['distribution-rules', ws] as const,
  ledger: (ws: string, filters: TLedgerFilters, cursor: string | null) =>
    ['invitations', ws, filters, cursor] as const,
  budget: (ws: string) => ['invitation-budget', ws] as const,
};

/** GET /api/distribution-rules. */
export function useRules() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.rules(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/distribution-rules', { headers: inWorkspace(workspace) }))).rules,
  });
}

/** POST /api/distribution-rules (new) or PUT /api/distribution-rules/{key}. */
export function useSaveRule() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rule, isNew }: { rule: TRuleInput; isNew: boolean }) => {
      const { key, ...rest } = rule;
      return isNew
        ? unwrap(api.POST('/api/distribution-rules', { body: rule, headers: inWorkspace(workspace) }))
        : unwrap(
            api.PUT('/api/distribution-rules/{key}', {
              params: { path: { key } },
              body: rest,
              headers: inWorkspace(workspace),
            }),
          );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.rules(workspace) }),
  });
}

/** DELETE /api/distribution-rules/{key}. */
export function useDeleteRule() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      unwrap(
        api.DELETE('/api/distribution-rules/{key}', {
          params: { path: { key } },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.rules(workspace) }),
  });
}

/** POST /api/distribution-rules/{key}/plan-now: a dry run over the last `hours`, or planning now. */
export function usePlanNow() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, dryRun, hours }: { key: string; dryRun: boolean; hours?: number }) =>
      unwrap(
        api.POST('/api/distribution-rules/{key}/plan-now', {
          params: { path: { key } },
          body: { dryRun, hours: hours ?? 24 },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: (_, { dryRun }) => {
      if (!dryRun) void queryClient.invalidateQueries({ queryKey: ['invitations', workspace] });
    },
  });
}

/** GET /api/invitations: one keyset page of the ledger. */
export function useLedger(filters: TLedgerFilters, cursor: string | null) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.ledger(workspace, filters, cursor),
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/invitations', {
          params: { query: { ...filters, ...(cursor ? { cursor } : {}), limit: 50 } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** GET /api/invitation-budget. */
export function useBudget() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.budget(workspace),
    queryFn: () => unwrap(api.GET('/api/invitation-budget', { headers: inWorkspace(workspace) })),
  });
}

/** PUT /api/invitation-budget. */
export function useSaveBudget() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (budget: TBudget) =>
      unwrap(api.PUT('/api/invitation-budget', { body: budget, headers: inWorkspace(workspace) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.budget(workspace) }),
  });
}

/** The workspace's surveys, for the rule's survey (GET /api/surveys). */
export function useSurveyChoices() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['surveys', workspace],
    queryFn: async () => (await unwrap(api.GET('/api/surveys', { headers: inWorkspace(workspace) }))).surveys,
  });
}

/** What each rule decided over a period. */
export type TDecisionSummary = components['schemas']['InvitationDecisionSummary'];

/** GET /api/invitations/summary for the last `days` days (UTC), today included. */
export function useDecisionSummary(days: number) {
  const workspace = useWorkspaceKey();
  const from = new Date(Date.now() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return useQuery({
    queryKey: ['invitation-summary', workspace, from] as const,
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/invitations/summary', {
          params: { query: { from } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
