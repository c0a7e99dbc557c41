/**
 * The queries of an initiative's evaluation. The main one answers each observation with its customer, group
 * (treated 0, comparison 1), week relative to the start and value v (a cell row of one to core's evaluator:
 * n 1, sum v, sum of squares v²), in no particular order: core's evaluator takes them as the database scans them, so that nothing
 * waits for a sort. The measures are defined as elsewhere in the product (see
 * summarize-touchpoint-period.ts): a moment's stored experience value and rating; a breach is a moment with
 * at least one stored tolerance-floor breach, read from the moment's `breached` flag (its definition is on
 * the column in storage/schema.ts), so that no query joins the breaches; NPS, overall satisfaction and churn
 * are the outcome of each episode passing the touchpoints, counted once, in the week of its first moment
 * there.
 */
import type { TEvaluationMetric, TSegment } from './types.ts';

/** What the queries read: touchpoint ids, the window, the segments. */
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

const MOMENT_VALUES: Partial<Record<TEvaluationMetric, string>> = {
  experience: 'm.experience',
  rating: 'm.rating',
  breach_rate: 'case when m.breached then 1 else 0 end',
};

const OUTCOME_VALUES: Partial<Record<TEvaluationMetric, string>> = {
  // Each answer scored +1 promoter (9-10), 0 passive, -1 detractor (0-6), as core's NPS (Reichheld 2003).
  nps: 'case when o.nps >= 9 then 1 when o.nps <= 6 then -1 when o.nps is not null then 0 end',
  overall: 'o.overall',
  churn: 'case when o.churned then 1 when o.churned is not null then 0 end',
};

/** Bound parameters, numbered as they are first used. */
class Binder {
  readonly params: unknown[] = [];
  private readonly seen = new Map<unknown, string>();

  /** The placeholder of `value` (the same one each time the same value object is bound). */
  bind(value: unknown, cast: string): string {
    const known = this.seen.get(value);
    if (known) return known;
    this.params.push(value);
    const placeholder = `$${this.params.length}::${cast}`;
    this.seen.set(value, placeholder);
    return placeholder;
  }
}

type TBound = {
  binder: Binder;
  workspace: string;
  start: string;
  from: string;
  to: string;
  read: string;
  treated: string;
};

function bindScope(scope: TEvaluationScope): TBound {
  const binder = new Binder();
  return {
    binder,
    workspace: binder.bind(scope.workspaceId, 'uuid'),
    from: binder.bind(scope.from.toISOString(), 'timestamptz'),
    to: binder.bind(scope.to.toISOString(), 'timestamptz'),
    read: binder.bind([...new Set([...scope.treated, ...scope.comparison])], 'int8[]'),
    // Bound when first used (not every query needs them).
    get start() {
      return binder.bind(scope.start.toISOString(), 'timestamptz');
    },
    get treated() {
      return binder.bind(scope.treated, 'int8[]');
    },
  };
}

/**
 * The moments of the scope, as the FROM (alias `m`, customers `c` when a segment needs them) and the WHERE
 * of a SELECT, and the SQL of their group (0 treated, 1 comparison).
 */
function momentsOf(scope: TEvaluationScope, b: TBound): { from: string; where: string; group: () => string } {
  const segmentSql = (segment: TSegment): string | null => {
    const keys = Object.keys(segment);
    if (keys.length === 0) return null;
    // Every attribute must match, on the customer or on the moment, as text.
    return keys
      .map((key) => {
        const [k, v] = [b.binder.bind(key, 'text'), b.binder.bind(segment[key], 'text[]')];
        return `((c.attributes ->> ${k}) = any(${v}) or (m.attributes ->> ${k}) = any(${v}))`;
      })
      .join(' and ');
  };
  const treatedSegment = segmentSql(scope.segment);
  const comparisonSegment = scope.comparisonSegment && segmentSql(scope.comparisonSegment);
  const conditions = [
    `m.workspace_id = ${b.workspace}`,
    `m.touchpoint_id = any(${b.read})`,
    `m.occurred_at >= ${b.from}`,
    `m.occurred_at < ${b.to}`,
  ];
  // Bound only when used (the levels query groups by touchpoint instead).
  let group = () => `case when m.touchpoint_id = any(${b.treated}) then 0 else 1 end`;
  if (comparisonSegment) {
    // A customer in both segments counts as treated.
    conditions.push(`((${treatedSegment}) or (${comparisonSegment}))`);
    group = () => `case when ${treatedSegment} then 0 else 1 end`;
  } else if (treatedSegment) {
    conditions.push(`(${treatedSegment})`);
  }
  const customers =
    treatedSegment || comparisonSegment
      ? ' join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id'
      : '';
  return { from: `moments m${customers}`, where: conditions.join(' and '), group };
}

// date_part answers a double; extract() a numeric, whose arithmetic cost more than the rest of the query.
const weekOf = (at: string, b: TBound) =>
  `floor((date_part('epoch', ${at}) - date_part('epoch', ${b.start})) / 604800)::int4`;

/** Per moment: its customer, the `group` expression as g, its week and its value v (null when none). */
function momentValues(scope: TEvaluationScope, b: TBound, group: 'treated' | 'touchpoint'): string {
  const moments = momentsOf(scope, b);
  const value = MOMENT_VALUES[scope.metric] ?? 'null';
  const g = group === 'treated' ? moments.group() : 'm.touchpoint_id';
  const week = group === 'treated' ? `${weekOf('m.occurred_at', b)} as week, ` : '';
  return `select m.customer_id, ${g} as g, ${week}(${value})::float8 as v
          from ${moments.from} where ${moments.where}`;
}

/** The evaluation's cells, one row per observation in no order (see the module's comment). */
export function evaluationCellsQuery(scope: TEvaluationScope): TStatement {
  const b = bindScope(scope);
  const outcome = OUTCOME_VALUES[scope.metric];
  let inner: string;
  if (outcome === undefined) {
    inner = momentValues(scope, b, 'treated');
  } else {
    const moments = momentsOf(scope, b);
    // An episode passing both groups' touchpoints counts as treated, once, in the week of its first moment
    // at the treated touchpoints.
    inner = `select p.customer_id, p.g, ${weekOf('p.at', b)} as week, (${outcome})::float8 as v
       from (select m.customer_id, m.episode_id, min(${moments.group()}) as g,
               coalesce(min(m.occurred_at) filter (where ${moments.group()} = 0), min(m.occurred_at)) as at
             from ${moments.from} where ${moments.where}
             group by m.customer_id, m.episode_id) p
       join episode_outcomes o on o.workspace_id = ${b.workspace} and o.customer_id = p.customer_id
         and o.episode_id = p.episode_id`;
  }
  return {
    // One row per observation, unordered: core's evaluator adds up a customer's rows wherever they come.
    // Grouping them here cost the database ten times a sort (cells are about as many as observations), and
    // a sort by customer held back the first row until every row was read.
    // The count (1) and the square are not sent: each column costs the database a call per row to write it.
    text: `select x.customer_id as cluster, x.g::int4, x.week, x.v
           from (${inner}) x
           where x.v is not null`,
    params: b.binder.params,
  };
}

/**
 * Per touchpoint read, the volume and mean of the metric over [from, to): what comparisons are suggested
 * from (the treated touchpoints and the candidates alike). The initiative's segment applies.
 */
export function touchpointLevelsQuery(scope: TEvaluationScope): TStatement {
  const b = bindScope(scope);
  const outcome = OUTCOME_VALUES[scope.metric];
  const unsegmented = { ...scope, comparisonSegment: null };
  let inner: string;
  if (outcome === undefined) {
    inner = momentValues(unsegmented, b, 'touchpoint');
  } else {
    const moments = momentsOf(unsegmented, b);
    inner = `select p.touchpoint_id as g, (${outcome})::float8 as v
       from (select distinct m.touchpoint_id, m.customer_id, m.episode_id
             from ${moments.from} where ${moments.where}) p
       join episode_outcomes o on o.workspace_id = ${b.workspace} and o.customer_id = p.customer_id
         and o.episode_id = p.episode_id`;
  }
  return {
    text: `select x.g as touchpoint_id, count(*)::int8 as n, avg(x.v)::float8 as mean
           from (${inner}) x where x.v is not null group by x.g`,
    params: b.binder.params,
  };
}
