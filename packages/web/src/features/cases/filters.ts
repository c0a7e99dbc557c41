/** The case inbox's view and filters, read from and written to the URL so a link keeps them. */
import { CASE_STATES, SEVERITIES } from '@mot/core/loop/types';
import type { TCaseState, TSeverity } from '@mot/core/loop/types';
import type { TPeriod } from '../../lib/period.ts';
import { isPeriod } from '../../lib/period.ts';

/** The inbox's views: my cases, my department's, the overdue, the unassigned, every case. */
export const INBOX_VIEWS = ['mine', 'team', 'overdue', 'unassigned', 'all'] as const;
/** A view of the inbox. */
export type TInboxView = (typeof INBOX_VIEWS)[number];

/** The inbox's filters as the page holds them. */
export type TInboxFilters = {
  view: TInboxView;
  state: TCaseState | undefined;
  severity: TSeverity | undefined;
  journey: string | undefined;
  touchpoint: string | undefined;
  period: TPeriod;
};

const isView = (value: string | null): value is TInboxView =>
  (INBOX_VIEWS as readonly string[]).includes(value ?? '');
const isState = (value: string | null): value is TCaseState =>
  (CASE_STATES as readonly string[]).includes(value ?? '');
const isSeverity = (value: string | null): value is TSeverity =>
  (SEVERITIES as readonly string[]).includes(value ?? '');

/** Reads the filters from the address (unknown values fall back: my cases, open ones of the last 90 days). */
export function readInboxFilters(params: URLSearchParams, fallbackView: TInboxView): TInboxFilters {
  const view = params.get('view');
  const state = params.get('state');
  const severity = params.get('severity');
  const period = params.get('period');
  return {
    view: isView(view) ? view : fallbackView,
    state: isState(state) ? state : undefined,
    severity: isSeverity(severity) ? severity : undefined,
    journey: params.get('journey') ?? undefined,
    touchpoint: params.get('touchpoint') ?? undefined,
    period: isPeriod(period) ? period : '90d',
  };
}

/** The search parameters of a set of filters (empty ones left out). */
export function toInboxParams(filters: TInboxFilters): Record<string, string> {
  const out: Record<string, string> = { view: filters.view, period: filters.period };
  if (filters.state) out['state'] = filters.state;
  if (filters.severity) out['severity'] = filters.severity;
  if (filters.journey) out['journey'] = filters.journey;
  if (filters.touchpoint) out['touchpoint'] = filters.touchpoint;
  return out;
}
