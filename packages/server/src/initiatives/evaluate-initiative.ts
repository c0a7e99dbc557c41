import { createInitiativeEvaluator, suggestComparisons } from '@mot/core';
import type { TEvaluationMetricKind, TInitiativeEvaluation, TTouchpoint } from '@mot/core';
import { invalidInput, MotError } from '../errors.ts';
import { takeAnalysisSlot } from '../http/analysis-slots.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { withReadSnapshot } from '../storage/read-snapshot.ts';
import type { TReadSnapshot } from '../storage/read-snapshot.ts';
import { readSettings } from '../access/settings.ts';
import { evaluationCellsQuery, touchpointLevelsQuery } from './evaluation-sql.ts';
import type { TEvaluationScope } from './evaluation-sql.ts';
import { streamCells } from './stream-cells.ts';
import { findInitiative } from './initiatives-store.ts';
import type { TInitiativeOut } from './initiatives-store.ts';
import type { TEvaluationMetric, TSegment, TTouchpointRef } from './types.ts';

/** What to evaluate: the measure, the window, the comparison (default: the initiative's), a placebo. */
export type TEvaluationQuery = {
  metric: TEvaluationMetric;
  weeksBefore: number;
  weeksAfter: number;
  /** `suggested`, `none`, or touchpoints as `journey/touchpoint` separated by commas. */
  comparison?: string | undefined;
  placebo: boolean;
};

/** A touchpoint of the comparison as used, with its distance when it was suggested. */
export type TComparisonTouchpoint = TTouchpointRef & {
  name: string;
  names: Record<string, string> | null;
  distance: number | null;
};

/** The comparison an evaluation used. */
export type TComparisonUsed = {
  kind: 'none' | 'touchpoints' | 'segment';
  /** Whether the product chose the touchpoints (similar volume and pre-period level). */
  suggested: boolean;
  touchpoints: TComparisonTouchpoint[];
  segment: TSegment | null;
};

/** An evaluation as the API answers it. */
export type TEvaluationOut = {
  initiative: Pick<TInitiativeOut, 'id' | 'name' | 'journey' | 'touchpoints' | 'startDate' | 'endDate'>;
  metric: TEvaluationMetric;
  placebo: boolean;
  /** Week 0 starts at `start` (the start date's midnight in the workspace's time zone); data in [from, to). */
  window: { start: string; from: string; to: string; placeboStart: string | null; timeZone: string };
  comparison: TComparisonUsed;
  evaluation: TInitiativeEvaluation;
};

const METRICS: Record<TEvaluationMetric, { kind: TEvaluationMetricKind; higherIsBetter: boolean }> = {
  experience: { kind: 'mean', higherIsBetter: true },
  rating: { kind: 'mean', higherIsBetter: true },
  breach_rate: { kind: 'rate', higherIsBetter: false },
  nps: { kind: 'nps', higherIsBetter: true },
  overall: { kind: 'mean', higherIsBetter: true },
  churn: { kind: 'rate', higherIsBetter: false },
};

const WEEK_MS = 7 * 86_400_000;
/** Comparison touchpoints suggested. */
const SUGGESTED = 3;

type TKnownTouchpoint = { ref: TTouchpointRef; id: number; touchpoint: TTouchpoint };

/**
 * Evaluates an initiative on stored data (docs/evaluation.md): the treated moments are those at its
 * touchpoints (and segment), the comparison's those at the comparison touchpoints (or of the comparison
 * segment at its touchpoints); one query streams their observations, with customer and week, into core's
 * evaluator as the database scans them (no sort), in one read-only snapshot. Takes an analysis slot of the
 * workspace (429 when taken).
 */
export async function evaluateInitiative(
  db: TDatabase,
  workspaceId: string,
  id: string,
  query: TEvaluationQuery,
  maxConcurrent: number,
): Promise<TEvaluationOut> {
  const initiative = await findInitiative(db.orm, workspaceId, id);
  const placeboStartWeek = query.placebo ? placeboWeekOf(query) : null;
  const known = await knownTouchpoints(db, workspaceId);
  const treated = initiative.touchpoints.map((tp, i) => {
    const found = known.get(`${initiative.journey}/${tp}`);
    if (!found) {
      throw new MotError(
        'not_enough_data',
        `touchpoint "${tp}" is no longer in journey "${initiative.journey}": edit the initiative`,
        ['touchpoints', i],
      );
    }
    return found;
  });
  const { timeZone } = await readSettings(db, workspaceId);
  const release = takeAnalysisSlot(db, workspaceId, 'initiative-evaluation', maxConcurrent);
  try {
    return await withReadSnapshot(db, async (snapshot) => {
      // The whole result is read: plan for it, and let hashes (of episodes) stay in memory.
      await snapshot.rows('set local cursor_tuple_fraction = 1');
      await snapshot.rows("set local work_mem = '64MB'");
      // Past a few million moments the planner would compile these queries to machine code (JIT), inlined
      // and optimised. Measured at 1,000,000 moments with JIT forced on: compiling took 0.75 s for the
      // observations and 2.7 s for the suggested comparisons' levels, and the observations query ran 4.9-6.0 s
      // against 3.5-4.9 s without (a loaded machine): it costs more than it saves.
      await snapshot.rows('set local jit = off');
      const window = await windowOf(snapshot, initiative, query, placeboStartWeek, timeZone);
      const base: TEvaluationScope = {
        workspaceId,
        metric: query.metric,
        start: window.start,
        from: window.from,
        to: window.to,
        treated: treated.map((t) => t.id),
        comparison: [],
        segment: initiative.segment,
        comparisonSegment: null,
      };
      const comparison = await comparisonOf(snapshot, initiative, query, base, treated, known, window);
      const scope: TEvaluationScope = {
        ...base,
        comparison: comparison.ids,
        comparisonSegment: comparison.used.segment,
      };
      const { kind, higherIsBetter } = METRICS[query.metric];
      const evaluator = createInitiativeEvaluator({
        kind,
        weeksBefore: query.weeksBefore,
        weeksAfter: query.weeksAfter,
        higherIsBetter,
        ...(placeboStartWeek === null ? {} : { placeboStartWeek }),
      });
      await streamCells(snapshot, db.kind, evaluationCellsQuery(scope), (row) =>
        evaluator.add({
          cluster: row.cluster,
          group: row.g === 0 ? 'treated' : 'comparison',
          week: row.week,
          n: 1,
          sum: row.v,
          sumSquares: row.v * row.v,
        }),
      );
      const evaluation = evaluator.result();
      if (evaluation.counts.treatedClusters === 0) {
        throw new MotError(
          'not_enough_data',
          `no ${query.metric} observation at the initiative's touchpoints between ${window.from.toISOString()} and ${window.to.toISOString()}`,
          ['query', 'metric'],
        );
      }
      return {
        initiative: {
          id: initiative.id,
          name: initiative.name,
          journey: initiative.journey,
          touchpoints: initiative.touchpoints,
          startDate: initiative.startDate,
          endDate: initiative.endDate,
        },
        metric: query.metric,
        placebo: query.placebo,
        window: {
          start: window.start.toISOString(),
          from: window.from.toISOString(),
          to: window.to.toISOString(),
          placeboStart: window.placeboStart?.toISOString() ?? null,
          timeZone,
        },
        comparison: comparison.used,
        evaluation,
      };
    });
  } finally {
    release();
  }
}

/**
 * The placebo's start, in weeks before the real one: a post-period as long as the real one, at most half
 * the pre-period, so that at least two weeks stay before it (core's rule).
 */
function placeboWeekOf(query: TEvaluationQuery): number {
  if (query.weeksBefore < 3) {
    throw invalidInput('a placebo needs at least 3 weeks before the start', ['query', 'weeksBefore']);
  }
  return -Math.min(query.weeksAfter, Math.floor(query.weeksBefore / 2));
}

/** Every touchpoint of the workspace by `journey/touchpoint`, with its stored id. */
async function knownTouchpoints(db: TDatabase, workspaceId: string): Promise<Map<string, TKnownTouchpoint>> {
  const known = new Map<string, TKnownTouchpoint>();
  for (const stored of await findJourneys(db.orm, workspaceId)) {
    for (const touchpoint of stored.journey.touchpoints) {
      const id = stored.touchpointIds.get(touchpoint.key);
      const ref = { journey: stored.journey.key, touchpoint: touchpoint.key };
      if (id !== undefined) known.set(`${ref.journey}/${ref.touchpoint}`, { ref, id, touchpoint });
    }
  }
  return known;
}

type TWindow = { start: Date; from: Date; to: Date; placeboStart: Date | null };

/**
 * Week 0 starts at the start date's midnight in the workspace's time zone (PostgreSQL's time-zone rules);
 * the data run from `weeksBefore` weeks before it to `weeksAfter` weeks after it, or to the end of the end
 * date when that comes first; a placebo reads the pre-period only.
 */
async function windowOf(
  snapshot: TReadSnapshot,
  initiative: TInitiativeOut,
  query: TEvaluationQuery,
  placeboStartWeek: number | null,
  timeZone: string,
): Promise<TWindow> {
  const [row] = await snapshot.rows<{ start: Date | string; stop: Date | string | null }>(
    `select ($1::date::timestamp at time zone $3) as start,
            (($2::date + 1)::timestamp at time zone $3) as stop`,
    [initiative.startDate, initiative.endDate, timeZone],
  );
  const start = new Date(row?.start ?? Number.NaN);
  const from = new Date(start.getTime() - query.weeksBefore * WEEK_MS);
  const after = start.getTime() + query.weeksAfter * WEEK_MS;
  const stop = row?.stop ? new Date(row.stop).getTime() : Number.POSITIVE_INFINITY;
  const to = placeboStartWeek === null ? new Date(Math.min(after, stop)) : start;
  const placeboStart =
    placeboStartWeek === null ? null : new Date(start.getTime() + placeboStartWeek * WEEK_MS);
  return { start, from, to, placeboStart };
}

/** The comparison to use: the query's when given, else the initiative's; suggested ones are chosen here. */
async function comparisonOf(
  snapshot: TReadSnapshot,
  initiative: TInitiativeOut,
  query: TEvaluationQuery,
  base: TEvaluationScope,
  treated: TKnownTouchpoint[],
  known: Map<string, TKnownTouchpoint>,
  window: TWindow,
): Promise<{ ids: number[]; used: TComparisonUsed }> {
  const choice = query.comparison ?? initiative.comparison.kind;
  const present = (t: TKnownTouchpoint, distance: number | null): TComparisonTouchpoint => ({
    ...t.ref,
    name: t.touchpoint.name,
    names: t.touchpoint.names ?? null,
    distance,
  });
  if (choice === 'none') {
    return { ids: [], used: { kind: 'none', suggested: false, touchpoints: [], segment: null } };
  }
  if (choice === 'segment' && initiative.comparison.kind === 'segment') {
    const { segment } = initiative.comparison;
    return { ids: [], used: { kind: 'segment', suggested: false, touchpoints: [], segment } };
  }
  if (choice === 'suggested') {
    const picked = await suggestedTouchpoints(snapshot, base, treated, known, window);
    return {
      ids: picked.map((p) => p.touchpoint.id),
      used: {
        kind: picked.length === 0 ? 'none' : 'touchpoints',
        suggested: true,
        touchpoints: picked.map((p) => present(p.touchpoint, p.distance)),
        segment: null,
      },
    };
  }
  const refs =
    choice === 'touchpoints' && initiative.comparison.kind === 'touchpoints'
      ? initiative.comparison.touchpoints
      : parseRefs(choice);
  const picked = refs.map((ref) => {
    const found = known.get(`${ref.journey}/${ref.touchpoint}`);
    if (!found) {
      throw invalidInput(`no touchpoint "${ref.touchpoint}" in journey "${ref.journey}"`, [
        'query',
        'comparison',
      ]);
    }
    if (treated.some((t) => t.id === found.id)) {
      throw invalidInput(`"${ref.touchpoint}" is a touchpoint of the initiative itself`, [
        'query',
        'comparison',
      ]);
    }
    if (query.metric === 'rating' && !sameScale(found.touchpoint, treated)) {
      throw invalidInput(
        `"${ref.touchpoint}" rates on another scale than the initiative's touchpoints: compare ratings on one scale`,
        ['query', 'comparison'],
      );
    }
    return found;
  });
  return {
    ids: picked.map((p) => p.id),
    used: {
      kind: 'touchpoints',
      suggested: false,
      touchpoints: picked.map((p) => present(p, null)),
      segment: null,
    },
  };
}

const REF = /^([a-z0-9][a-z0-9_.-]*)\/([a-z0-9][a-z0-9_.-]*)$/;

/** `journey/touchpoint,journey/touchpoint` as references (400 naming the query parameter otherwise). */
function parseRefs(text: string): TTouchpointRef[] {
  const parts = text.split(',').map((p) => p.trim());
  return parts.map((part) => {
    const match = REF.exec(part);
    if (!match?.[1] || !match[2]) {
      throw invalidInput(
        `"${part}" is not a comparison: use suggested, none, or touchpoints as journey/touchpoint separated by commas`,
        ['query', 'comparison'],
      );
    }
    return { journey: match[1], touchpoint: match[2] };
  });
}

const scaleOf = (tp: TTouchpoint) => `${tp.ratingScale?.min ?? 1}..${tp.ratingScale?.max ?? 5}`;
const sameScale = (tp: TTouchpoint, treated: TKnownTouchpoint[]) =>
  treated.every((t) => scaleOf(t.touchpoint) === scaleOf(tp));

/**
 * The touchpoints most like the treated ones in the pre-period (core's `suggestComparisons`: volume and
 * level of the metric), among every other touchpoint of the workspace (on the treated's rating scale when
 * ratings are evaluated).
 */
async function suggestedTouchpoints(
  snapshot: TReadSnapshot,
  base: TEvaluationScope,
  treated: TKnownTouchpoint[],
  known: Map<string, TKnownTouchpoint>,
  window: TWindow,
): Promise<Array<{ touchpoint: TKnownTouchpoint; distance: number }>> {
  const treatedIds = new Set(treated.map((t) => t.id));
  const candidates = [...known.values()].filter(
    (k) => !treatedIds.has(k.id) && (base.metric !== 'rating' || sameScale(k.touchpoint, treated)),
  );
  if (candidates.length === 0) return [];
  const statement = touchpointLevelsQuery({
    ...base,
    to: window.placeboStart ?? window.start,
    comparison: candidates.map((c) => c.id),
  });
  const rows = await snapshot.rows<{ touchpoint_id: number | string; n: number | string; mean: number }>(
    statement.text,
    statement.params,
  );
  const levels = new Map(rows.map((r) => [Number(r.touchpoint_id), { n: Number(r.n), mean: r.mean }]));
  const treatedLevels = treated.flatMap((t) => {
    const level = levels.get(t.id);
    return level ? [level] : [];
  });
  const volume = treatedLevels.reduce((sum, l) => sum + l.n, 0);
  if (volume === 0) return [];
  const level = treatedLevels.reduce((sum, l) => sum + l.n * l.mean, 0) / volume;
  const byId = new Map(candidates.map((c) => [String(c.id), c]));
  const suggested = suggestComparisons(
    // Per touchpoint, as the candidates are.
    { preVolume: volume / treated.length, preLevel: level },
    candidates.flatMap((c) => {
      const l = levels.get(c.id);
      return l ? [{ id: String(c.id), preVolume: l.n, preLevel: l.mean }] : [];
    }),
    SUGGESTED,
  );
  return suggested.flatMap((s) => {
    const touchpoint = byId.get(s.id);
    return touchpoint ? [{ touchpoint, distance: s.distance }] : [];
  });
}
