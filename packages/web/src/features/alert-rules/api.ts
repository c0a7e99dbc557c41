/** The alert-rule page's resources: the workspace's rules, and creating, replacing and deleting one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';
import type { TRuleBody } from './form-values.ts';

/** An alert rule as the API shows it. */
export type TAlertRuleOut = components['schemas']['AlertRule'];

const rulesKey = (workspace: string) => ['alert-rules', workspace] as const;

/** GET /api/alert-rules. */
export function useAlertRules() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: rulesKey(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/alert-rules', { headers: inWorkspace(workspace) }))).rules,
  });
}

/** PUT /api/alert-rules/{key}: creates the rule under this key or replaces it. */
export function useSaveAlertRule() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: TRuleBody }) =>
      unwrap(
        api.PUT('/api/alert-rules/{key}', {
          params: { path: { key } },
          body,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rulesKey(workspace) }),
  });
}

/** DELETE /api/alert-rules/{key} (the alerts it raised stay). */
export function useDeleteAlertRule() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      unwrap(
        api.DELETE('/api/alert-rules/{key}', {
          params: { path: { key } },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rulesKey(workspace) }),
  });
}

/** A key for a new rule from its name: lower-case letters and digits, then a short random tail. */
export function newRuleKey(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${stem || 'rule'}-${Math.random().toString(36).slice(2, 8)}`;
}
