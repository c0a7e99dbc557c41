/** The recovery figures of a period (GET /api/recovery). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** The whole report. */
export type TRecoveryReport = components['schemas']['RecoveryReport'];
/** The figures of one group of cases. */
export type TRecoveryFigures = components['schemas']['RecoveryFigures'];
/** A share with its Wilson interval. */
export type TShare = components['schemas']['Share'];
/** One touchpoint's figures with its recovery paradox. */
export type TTouchpointRecovery = TRecoveryReport['touchpoints'][number];

/** GET /api/recovery for a period and, optionally, one journey. */
export function useRecovery(query: { from: string; to: string; journey?: string }) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['recovery', workspace, query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/recovery', { params: { query }, headers: inWorkspace(workspace) })),
  });
}
