/**
 * The one query of an initiative's evaluation: per customer, group (treated 0, comparison 1) and week
 * relative to the start, the observations' count, sum and sum of squares, ordered by customer so that core's
 * evaluator can take them as they stream. The measures are defined as elsewhere in the product (see
 * summarize-touchpoint-period.ts): a moment's stored experience value and rating; a breach is a moment with
 * at least one stored tolerance-floor breach; NPS, overall satisfaction and churn are the outcome of each
 * episode passing the touchpoints, counted once, in the week of its first moment there.
 */
import type { TEvaluationMetric, TSegment } from './types.ts';

/** What the query reads: touchpoint ids, the window, the segments. */
export type TEvaluationScope = {
  workspaceId: string;
  metric: TEvaluationMetric;
  /** The instant weeks are counted from (week 0 starts here). */
  start: Date;
  /** Moments at or after `from` and before `to`. */
  from: Date;
  to: Date;
  treated: readonly number[];
  /** Comparison touchpoints; empty for a segment comparison (same touchpoints) or none. */
  comparison: readonly number[];
  /** The initiative's segment: both groups' customers for a touchpoint comparison, the treated's otherwise. */
  segment: TSegment;
  /** The comparison's segment, at the initiative's own touchpoints; null for a touchpoint comparison. */
  comparisonSegment: TSegment | null;
};

/** A statement and its bound parameters. */
export type TStatement = { text: string; params: unknown[] };

/** One row as the query answers it. */
export type TCellRow = { cluster: string; g: number; week: number; n: number; s: number; ss: number };

const MOMENT_VALUES: Partial<Record<TEvaluationMetric, string>> = {
  experience: 'm.experience',
  rating: 'm.rating',
  breach_rate: 'case when b.moment_id is null then 0 else 1 end',
};

const OUTCOME_VALUES: Partial<Record<TEvaluationMetric, string>> = {
  // Each answer scored +1 promoter (9-10), 0 passive, -1 detractor (0-6), as core's NPS (Reichheld 2003).
  nps: 'case when o.nps >= 9 then 1 when o.nps <= 6 then -1 when o.nps is not null then 0 end',
  overall: 'o.overall',
  churn: 'case when o.churned then 1 when o.churned is not null then 0 end',
};

/** Whether a metric is read from the episodes' outcomes rather than from the moments. */
export const isOutcomeMetric = (metric: TEvaluationMetric): boolean => metric in OUTCOME_VALUES;

/**
 * The moments of the scope with their group, as the FROM ... WHERE of a SELECT (alias `m`), and the SQL of
 * their group. Parameters: $1 workspace, $2 start, $3 from, $4 to, $5 treated ids, $6 every id read; the
 * segments' attributes and values follow, bound too.
 */
function momentsOf(scope: TEvaluationScope, params: unknown[]): { from: string; group: string } {
  const segmentSql = (segment: TSegment): string | null => {
    const keys = Object.keys(segment);
    if (keys.length === 0) return null;
    // Every attribute must match, on the customer or on the moment, as text.
    return keys
      .map((key) => {
        params.push(key, segment[key]);
        const [k, v] = [`$${params.length - 1}::text`, `$${params.length}::text[]`];
        return `((c.attributes ->> ${k}) = any(${v}) or (m.attributes ->> ${k}) = any(${v}))`;
      })
      .map((condition) => `(${condition})`)
      .join(' and ');
  };
  const treatedSegment = segmentSql(scope.segment);
  const comparisonSegment = scope.comparisonSegment && segmentSql(scope.comparisonSegment);
  const conditions = [
    'm.workspace_id = $1',
    'm.touchpoint_id = any($6::int8[])',
    'm.occurred_at >= $3',
    'm.occurred_at < $4',
  ];
  let group = 'case when m.touchpoint_id = any($5::int8[]) then 0 else 1 end';
  if (comparisonSegment) {
    // A customer in both segments counts as treated.
    conditions.push(`((${treatedSegment}) or (${comparisonSegment}))`);
    group = `case when ${treatedSegment} then 0 else 1 end`;
  } else if (treatedSegment) {
    conditions.push(treatedSegment);
  }
  const customers =
    treatedSegment || comparisonSegment
      ? 'join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id'
      : '';
  return { from: `moments m ${customers} where ${conditions.join(' and ')}`, group };
}

const WEEK = (at: string) => `floor(extract(epoch from (${at} - $2::timestamptz)) / 604800)::int4`;

/** The evaluation's cells, ordered by customer (see the module's comment). */
export function evaluationCellsQuery(scope: TEvaluationScope): TStatement {
  const params: unknown[] = [
    scope.workspaceId,
    scope.start.toISOString(),
    scope.from.toISOString(),
    scope.to.toISOString(),
    [...scope.treated],
    [...new Set([...scope.treated, ...scope.comparison])],
  ];
  const moments = momentsOf(scope, params);
  const outcome = OUTCOME_VALUES[scope.metric];
  const inner =
    outcome === undefined
      ? momentCells(scope, moments)
      : // An episode passing both groups' touchpoints counts as treated, once, in the week of its first
        // moment at the treated touchpoints.
        `select p.customer_id, p.g, ${WEEK('p.at')} as week, ${outcome} as v
         from (select m.customer_id, m.episode_id, min(${moments.group}) as g,
                 coalesce(min(m.occurred_at) filter (where ${moments.group} = 0), min(m.occurred_at)) as at
               from ${moments.from}
               group by m.customer_id, m.episode_id) p
         join episode_outcomes o on o.workspace_id = $1 and o.customer_id = p.customer_id
           and o.episode_id = p.episode_id`;
  return {
    text: `select x.customer_id::text as cluster, x.g, x.week, count(*)::int4 as n, sum(x.v)::float8 as s,
             sum(x.v * x.v)::float8 as ss
           from (${inner}) x
           where x.v is not null
           group by x.customer_id, x.g, x.week
           order by x.customer_id`,
    params,
  };
}

function momentCells(
  scope: TEvaluationScope,
  moments: { from: string; group: string },
  group = moments.group,
): string {
  const value = MOMENT_VALUES[scope.metric] ?? 'null';
  // Breaches of the window's moments, hashed once, rather than a lookup per moment.
  const breaches =
    scope.metric === 'breach_rate'
      ? `left join (select distinct customer_id, moment_id from breaches
           where workspace_id = $1 and touchpoint_id = any($6::int8[]) and occurred_at >= $3 and occurred_at < $4) b
           on b.customer_id = m.customer_id and b.moment_id = m.id`
      : '';
  const [from, where] = splitWhere(moments.from);
  return `select m.customer_id, ${group} as g, ${WEEK('m.occurred_at')} as week, ${value}::float8 as v
          from ${from} ${breaches} where ${where}`;
}

/** `moments m ... where <conditions>` split at its WHERE, so that joins can go between. */
function splitWhere(from: string): [string, string] {
  const at = from.indexOf(' where ');
  return [from.slice(0, at), from.slice(at + ' where '.length)];
}

/**
 * Per touchpoint read, the volume and mean of the metric over [from, to): what comparisons are suggested
 * from (the treated touchpoints and the candidates alike). The initiative's segment applies.
 */
export function touchpointLevelsQuery(scope: TEvaluationScope): TStatement {
  const params: unknown[] = [
    scope.workspaceId,
    scope.start.toISOString(),
    scope.from.toISOString(),
    scope.to.toISOString(),
    [...scope.treated],
    [...new Set([...scope.treated, ...scope.comparison])],
  ];
  const moments = momentsOf({ ...scope, comparisonSegment: null }, params);
  const outcome = OUTCOME_VALUES[scope.metric];
  const inner =
    outcome === undefined
      ? momentCells(scope, moments, 'm.touchpoint_id')
      : `select p.touchpoint_id as g, ${outcome} as v
         from (select distinct m.touchpoint_id, m.customer_id, m.episode_id from ${moments.from}) p
         join episode_outcomes o on o.workspace_id = $1 and o.customer_id = p.customer_id
           and o.episode_id = p.episode_id`;
  return {
    text: `select x.g as touchpoint_id, count(*)::int8 as n, avg(x.v)::float8 as mean
           from (${inner}) x where x.v is not null group by x.g`,
    params,
  };
}
