import { findKeyMoments, KeyMomentAccumulator, keyMomentOptionsOf, meetsStandards } from '@mot/core';
import type { TKeyMomentInput, TKeyMomentOutcome, TKeyMomentResult, TMeasure, TTouchpoint } from '@mot/core';
import { invalidInput, notFound } from '../errors.ts';
import { readBinaryCopy } from '../storage/binary-copy.ts';
import type { TBinaryColumnType } from '../storage/binary-copy.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { sqlLiteral, withReadSnapshot } from '../storage/read-snapshot.ts';
import type { TReadSnapshot } from '../storage/read-snapshot.ts';

/** The outcome an analysis weighs touchpoints against. */
export type TOutcomeKind = 'overall' | 'nps' | 'churn';

/** What to analyse: a journey, optionally a period and a segment, the outcome, the bootstrap seed. */
export type TStoredKeyMomentQuery = {
  journey: string;
  outcome: TOutcomeKind;
  /** Inclusive start and exclusive end of the period the episode's first moment falls in (ISO). */
  from?: string | undefined;
  to?: string | undefined;
  /** Attributes the customer, or any one moment of the episode, must carry, compared as text. */
  segment?: Record<string, string> | undefined;
  seed?: number | undefined;
};

/**
 * Episodes per page, about: a page ends at a customer boundary, so it holds whole customers. Memory is
 * bounded by a page (its episodes and their moments), whatever the journey's size.
 */
export const PAGE_EPISODES = 4_000;

const OUTCOMES: Record<TOutcomeKind, TKeyMomentOutcome> = {
  overall: { kind: 'continuous' },
  nps: { kind: 'continuous' },
  // Churn is 0/1 and lower is better: importance and lift come out oriented to "stays".
  churn: { kind: 'binary', direction: 'lower_is_better' },
};

/** The key an episode is hashed by (bootstrap buckets, floor samples): customer and episode together. */
export const storedEpisodeKey = (customer: string, episode: string): string => `${customer}\u0000${episode}`;

/** An outcome row's value for the chosen outcome; null when unknown. */
export function outcomeValueOf(
  o: { overall: number | null; nps: number | null; churned: boolean | null },
  kind: TOutcomeKind,
): number | null {
  if (kind === 'churn') return o.churned === null ? null : o.churned ? 1 : 0;
  return kind === 'overall' ? o.overall : o.nps;
}

/**
 * Key-moment analysis of stored data, in one pass over the journey's episodes in pages of whole customers
 * (customer id order, the primary key's), all pages in one read-only repeatable-read snapshot:
 * - the page's episodes with their customer, key and outcome come from SQL, filtered by segment there;
 * - their moments come as one binary COPY in primary-key order (no join, no sort in the database), with
 *   each moment's values of its touchpoint's measures that have a standard;
 * - each episode's moments are put in time order (ties by id, the order they were ingested) and fed to
 *   core's `KeyMomentAccumulator`, then `findKeyMoments` runs on the aggregates.
 * Experience values and breach counts are the ones stored at ingestion; "meets the standard" is judged
 * against the journey's current standards by core's `checkMeasures`. Every random choice hashes the
 * episode key, so the same data give the same result, equal to core's analysis of the same episodes.
 */
export async function analyzeStoredKeyMoments(
  db: TDatabase,
  workspaceId: string,
  query: TStoredKeyMomentQuery,
  { pageEpisodes = PAGE_EPISODES }: { pageEpisodes?: number } = {},
): Promise<TKeyMomentResult> {
  const [stored] = await findJourneys(db.orm, workspaceId, query.journey);
  if (!stored) throw notFound(`journey "${query.journey}"`, ['params', 'journey']);
  const { journey } = stored;
  const plan = readPlanOf(journey.touchpoints, stored.touchpointIds);
  const period = periodOf(query);
  const options = keyMomentOptionsOf(journey, { outcome: OUTCOMES[query.outcome], seed: query.seed ?? 1 });
  const acc = new KeyMomentAccumulator(options);
  if (plan.touchpoints.size === 0) return findKeyMoments(acc);
  const scope = { workspaceId, journeyId: stored.id, segment: query.segment, pageEpisodes };
  const context = { plan, period, outcome: query.outcome };
  await withReadSnapshot(db, async (snapshot) => {
    // The next page is asked for before this one is fed, and feeding yields now and then, so that the
    // database reads the next page while the accumulator takes this one.
    let next = readPage(snapshot, scope, plan, 0);
    for (;;) {
      const page = await next;
      if (page.last !== null) next = readPage(snapshot, scope, plan, page.last);
      await feedPage(acc, page, context);
      if (page.last === null) break;
    }
  });
  return findKeyMoments(acc);
}

/**
 * A touchpoint as read: its key, and the measures whose values are read, in the order of their columns:
 * those whose key has a standard somewhere in the journey (core searches a key's floor over every
 * touchpoint that measures it), which include the ones that decide whether the moment meets its standards.
 */
type TReadTouchpoint = { touchpoint: TTouchpoint; graded: TMeasure[] };

/** What to read: the journey's touchpoints by id and the moment columns of one COPY. */
type TReadPlan = {
  touchpoints: Map<number, TReadTouchpoint>;
  /** Measures read at the touchpoint that has the most; moments carry that many value columns. */
  slots: number;
  columns: TBinaryColumnType[];
};

/** Moment columns: id, episode, touchpoint, time, experience, rating, then the measure slots. */
const [ID, EPISODE, TOUCHPOINT, AT, EXPERIENCE, RATING, SLOTS] = [0, 1, 2, 3, 4, 5, 6];

function readPlanOf(touchpoints: readonly TTouchpoint[], ids: ReadonlyMap<string, number>): TReadPlan {
  const byId = new Map<number, TReadTouchpoint>();
  const withStandard = new Set(
    touchpoints.flatMap((tp) => tp.measures.filter((m) => m.standard !== undefined).map((m) => m.key)),
  );
  let slots = 0;
  for (const touchpoint of touchpoints) {
    const id = ids.get(touchpoint.key);
    if (id === undefined) continue;
    const graded = touchpoint.measures.filter((m) => withStandard.has(m.key));
    byId.set(id, { touchpoint, graded });
    slots = Math.max(slots, graded.length);
  }
  const columns: TBinaryColumnType[] = ['int8', 'int8', 'int8', 'timestamptz', 'float8', 'float8'];
  for (let s = 0; s < slots; s++) columns.push('float8');
  return { touchpoints: byId, slots, columns };
}

type TScope = {
  workspaceId: string;
  journeyId: number;
  segment?: Record<string, string> | undefined;
  pageEpisodes: number;
};
/** Customers after `after` up to `last` inclusive; `last` null: all the rest. */
type TRange = { after: number; last: number | null };

/** One page as read: customers after `after` up to `last`, their episodes, moments and breach counts. */
type TPage = TRange & {
  episodes: TEpisodeRow[];
  moments: { rows: number; columns: Float64Array[] };
  breaches: Map<number, number>;
};

async function readPage(
  snapshot: TReadSnapshot,
  scope: TScope,
  plan: TReadPlan,
  after: number,
): Promise<TPage> {
  const last = await pageEnd(snapshot, scope, after);
  const range = { after, last };
  const episodes = await readEpisodes(snapshot, scope, range);
  const breaches = await readBreachCounts(snapshot, scope, range, plan);
  const copied = await snapshot.copyOut(momentsQuery(scope, range, plan), 'binary');
  return { ...range, episodes, breaches, moments: readBinaryCopy(copied, plan.columns) };
}

/**
 * The customer of the `pageEpisodes`-th episode of the journey after customer `after`, or null when fewer
 * remain: the page takes every episode of the customers up to it.
 */
async function pageEnd(snapshot: TReadSnapshot, scope: TScope, after: number): Promise<number | null> {
  const [row] = await snapshot.rows<{ customer_id: number | string }>(
    `select customer_id from episodes where workspace_id = $1 and journey_id = $2 and customer_id > $3
     order by customer_id, id offset $4 limit 1`,
    [scope.workspaceId, scope.journeyId, after, scope.pageEpisodes - 1],
  );
  return row === undefined ? null : Number(row.customer_id);
}

type TEpisodeRow = {
  customer_id: number | string;
  id: number | string;
  customer: string;
  key: string;
  overall: number | null;
  nps: number | null;
  churned: boolean | null;
};

/** The page's episodes in key order with their outcomes, those of the segment only when one is given. */
function readEpisodes(snapshot: TReadSnapshot, scope: TScope, range: TRange): Promise<TEpisodeRow[]> {
  const segment = scope.segment === undefined ? null : JSON.stringify(scope.segment);
  return snapshot.rows<TEpisodeRow>(
    `select e.customer_id, e.id, c.external_id as customer, e.key, o.overall, o.nps, o.churned
     from episodes e
     join customers c on c.workspace_id = e.workspace_id and c.id = e.customer_id
     left join episode_outcomes o on o.workspace_id = e.workspace_id and o.customer_id = e.customer_id
       and o.episode_id = e.id
     where e.workspace_id = $1 and e.journey_id = $2 and e.customer_id > $3 and e.customer_id <= $4
       -- The same range on the customers, so that they are read by key rather than all hashed.
       and c.id > $3 and c.id <= $4
       -- Segment: every attribute equal as text (so 3 matches 3 and true matches true), on the customer
       -- or on any one moment of the episode.
       and ($5::jsonb is null
         or not exists (select 1 from jsonb_each_text($5::jsonb) s
           where (c.attributes ->> s.key) is distinct from s.value)
         or exists (select 1 from moments m where m.workspace_id = e.workspace_id
           and m.customer_id = e.customer_id and m.episode_id = e.id
           and not exists (select 1 from jsonb_each_text($5::jsonb) s
             where (m.attributes ->> s.key) is distinct from s.value)))
     order by e.customer_id, e.id`,
    [scope.workspaceId, scope.journeyId, range.after, range.last ?? Number.MAX_SAFE_INTEGER, segment],
  );
}

/** Breaches stored per moment of the page's customers, by moment id. */
async function readBreachCounts(
  snapshot: TReadSnapshot,
  scope: TScope,
  range: TRange,
  plan: TReadPlan,
): Promise<Map<number, number>> {
  const rows = await snapshot.rows<{ moment_id: number | string; n: number }>(
    `select moment_id, count(*)::int4 as n from breaches
     where workspace_id = $1 and customer_id > $2 and customer_id <= $3
       and touchpoint_id = any($4::int8[])
     group by moment_id`,
    [scope.workspaceId, range.after, range.last ?? Number.MAX_SAFE_INTEGER, [...plan.touchpoints.keys()]],
  );
  return new Map(rows.map((r) => [Number(r.moment_id), r.n]));
}

/**
 * The page's moments at the journey's touchpoints in primary-key order, as a SELECT for binary COPY (which
 * takes no parameters: every value is inlined by `sqlLiteral`). Slot s holds, for each touchpoint, the
 * value of its s-th measure read (`TReadTouchpoint`): moments carry only their touchpoint's measures
 * (ingestion refuses others), so a moment reads one or two values rather than every measure key of the
 * journey.
 */
function momentsQuery(scope: TScope, range: TRange, plan: TReadPlan): string {
  const slots: string[] = [];
  for (let s = 0; s < plan.slots; s++) {
    const cases = [...plan.touchpoints].flatMap(([id, { graded }]) => {
      const measure = graded[s];
      return measure === undefined
        ? []
        : [`when ${sqlLiteral(id)} then (m.measures ->> ${sqlLiteral(measure.key)})::float8`];
    });
    slots.push(`case m.touchpoint_id ${cases.join(' ')} end`);
  }
  const ids = [...plan.touchpoints.keys()].map(sqlLiteral).join(', ');
  const last = range.last === null ? '' : `and m.customer_id <= ${sqlLiteral(range.last)}`;
  return `select m.id, m.episode_id, m.touchpoint_id, m.occurred_at, m.experience, m.rating
      ${slots.map((s) => `, ${s}`).join('')}
    from moments m
    where m.workspace_id = ${sqlLiteral(scope.workspaceId)}::uuid and m.customer_id > ${sqlLiteral(range.after)}
      ${last} and m.touchpoint_id in (${ids})
    order by m.customer_id, m.id`;
}

/** A period as microseconds since 2000-01-01, PostgreSQL's timestamp epoch; open ends infinite. */
type TPeriod = { from: number; to: number };
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);

function periodOf(query: Pick<TStoredKeyMomentQuery, 'from' | 'to'>): TPeriod {
  const at = (value: string | undefined, field: 'from' | 'to', open: number): number => {
    if (value === undefined) return open;
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw invalidInput(`"${value}" is not a date and time`, ['query', field]);
    return (ms - PG_EPOCH_MS) * 1000;
  };
  return { from: at(query.from, 'from', -Infinity), to: at(query.to, 'to', Infinity) };
}

/** What feeding needs besides the page. */
type TFeedContext = { plan: TReadPlan; period: TPeriod; outcome: TOutcomeKind };

/** Episodes fed between two yields to the event loop. */
const FEED_SLICE = 250;

/** Groups the page's moments by episode, puts each episode in time order and adds it to `acc`. */
async function feedPage(acc: KeyMomentAccumulator, page: TPage, context: TFeedContext): Promise<void> {
  const { columns } = page.moments;
  const at = columns[AT] as Float64Array;
  const id = columns[ID] as Float64Array;
  const { start, order } = groupByEpisode(page);
  const byTime = (a: number, b: number): number =>
    (at[a] as number) - (at[b] as number) || (id[a] as number) - (id[b] as number);
  // Inputs are reused from one episode to the next: the accumulator keeps none of them.
  const inputs: TKeyMomentInput[] = [];
  for (let i = 0; i < page.episodes.length; i++) {
    if (i > 0 && i % FEED_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    const [first, end] = [start[i] as number, start[i + 1] as number];
    if (first === end) continue;
    // Primary-key order is ingestion order; time order needs a sort only when moments arrived late.
    if (!isTimeOrdered(order, first, end, at)) order.subarray(first, end).sort(byTime);
    const started = at[order[first] as number] as number;
    if (started < context.period.from || started >= context.period.to) continue;
    inputs.length = end - first;
    for (let k = 0; k < end - first; k++)
      inputs[k] = momentInputOf(order[first + k] as number, columns, page.breaches, context.plan, inputs[k]);
    const episode = page.episodes[i] as TEpisodeRow;
    acc.addEpisode({
      key: storedEpisodeKey(episode.customer, episode.key),
      moments: inputs,
      outcome: outcomeValueOf(episode, context.outcome),
    });
  }
}

/**
 * The page's moments grouped by episode without an array per episode (a counting sort): the rows of
 * episode i are `order[start[i] .. start[i + 1])`, in primary-key order. Moments of an episode the page
 * does not hold (filtered out by segment) are left out.
 */
function groupByEpisode(page: TPage): { start: Uint32Array; order: Uint32Array } {
  const episodeOf = page.moments.columns[EPISODE] as Float64Array;
  const indexOf = new Map<number, number>();
  page.episodes.forEach((e, i) => indexOf.set(Number(e.id), i));
  const n = page.episodes.length;
  const rows = page.moments.rows;
  const episodeIndex = new Int32Array(rows);
  const start = new Uint32Array(n + 1);
  for (let r = 0; r < rows; r++) {
    const i = indexOf.get(episodeOf[r] as number) ?? -1;
    episodeIndex[r] = i;
    if (i >= 0) start[i + 1] = (start[i + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const next = start.slice(0, n);
  const order = new Uint32Array(start[n] as number);
  for (let r = 0; r < rows; r++) {
    const i = episodeIndex[r] as number;
    if (i < 0) continue;
    order[next[i] as number] = r;
    next[i] = (next[i] as number) + 1;
  }
  return { start, order };
}

function isTimeOrdered(order: Uint32Array, first: number, end: number, at: Float64Array): boolean {
  for (let k = first + 1; k < end; k++)
    if ((at[order[k - 1] as number] as number) > (at[order[k] as number] as number)) return false;
  return true;
}

const NO_MEASURES: Readonly<Record<string, number>> = Object.freeze({});

/**
 * One stored moment as key-moment input: stored experience and breaches, standards judged by core's rule.
 * Fills `reuse` when given (same shape every time, so the objects stay fast).
 */
function momentInputOf(
  r: number,
  columns: readonly Float64Array[],
  breaches: ReadonlyMap<number, number>,
  plan: TReadPlan,
  reuse: TKeyMomentInput | undefined,
): TKeyMomentInput {
  const read = plan.touchpoints.get((columns[TOUCHPOINT] as Float64Array)[r] as number) as TReadTouchpoint;
  let measures = NO_MEASURES;
  if (read.graded.length > 0) {
    const values: Record<string, number> = {};
    for (let s = 0; s < read.graded.length; s++) {
      const v = (columns[SLOTS + s] as Float64Array)[r] as number;
      if (!Number.isNaN(v)) values[(read.graded[s] as TMeasure).key] = v;
    }
    measures = values;
  }
  const experience = (columns[EXPERIENCE] as Float64Array)[r] as number;
  const rating = (columns[RATING] as Float64Array)[r] as number;
  const input = reuse ?? {
    touchpoint: '',
    experience: null,
    rating: null,
    meetsStandard: undefined,
    breaches: 0,
    measures: NO_MEASURES,
  };
  input.touchpoint = read.touchpoint.key;
  input.experience = Number.isNaN(experience) ? null : experience;
  input.rating = Number.isNaN(rating) ? null : rating;
  input.meetsStandard = measures === NO_MEASURES ? undefined : meetsStandards(measures, read.graded);
  input.breaches = breaches.get((columns[ID] as Float64Array)[r] as number) ?? 0;
  input.measures = measures;
  return input;
}
