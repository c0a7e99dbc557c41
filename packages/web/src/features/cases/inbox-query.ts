/** What the inbox asks the server for, from its view, filters and page. */
import { periodRange } from '../../lib/period.ts';
import type { TCaseQuery } from './api.ts';
import type { TInboxFilters } from './filters.ts';

/**
 * The query of a view: the working views (mine, my team, overdue, unassigned) list open cases, most urgent
 * due date first, unless a state is chosen; "all" lists every case, newest first.
 */
export function inboxQuery(
  filters: TInboxFilters,
  page: number,
  limit: number,
  now = Date.now(),
): TCaseQuery {
  const working = filters.view !== 'all';
  return {
    ...(filters.view === 'mine' ? { mine: 'true' as const } : {}),
    ...(filters.view === 'team' ? { team: 'true' as const } : {}),
    ...(filters.view === 'overdue' ? { overdue: 'true' as const } : {}),
    ...(filters.view === 'unassigned' ? { unassigned: 'true' as const } : {}),
    ...(filters.state ? { state: filters.state } : working ? { status: 'open' as const } : {}),
    ...(filters.severity ? { severity: filters.severity } : {}),
    ...(filters.journey ? { journey: filters.journey } : {}),
    ...(filters.touchpoint ? { touchpoint: filters.touchpoint } : {}),
    ...periodRange(filters.period, now),
    sort: working ? ('due_asc' as const) : ('opened_desc' as const),
    page,
    limit,
  };
}
