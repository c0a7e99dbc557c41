/**
 * Feeding pages of stored moments into core's `KeyMomentAccumulator`: the part of the stored analysis that
 * needs no database, so that it can run in a worker thread while the next page is read.
 */
import { meetsStandards } from '@mot/core';
import type { KeyMomentAccumulator, TKeyMomentInput, TTouchpoint } from '@mot/core';
import { readBinaryCopy } from '../storage/binary-copy.ts';
import type { TBinaryColumns, TBinaryColumnType } from '../storage/binary-copy.ts';

/**
 * A touchpoint as read, and whether its moments' measure values are needed: when one of its measures has
 * a standard here or at another touchpoint (core searches a key's floor over every touchpoint that
 * measures it), for the standards and the floor samples.
 */
export type TReadTouchpoint = { touchpoint: TTouchpoint; readsMeasures: boolean };

/** What to read: the journey's touchpoints by id. */
export type TReadPlan = { touchpoints: Map<number, TReadTouchpoint> };

/**
 * The moment columns a page is read with, in order: the SQL of each (table alias `m`) and its type for
 * `readBinaryCopy`. The indices below follow this list.
 */
export const MOMENT_COLUMNS: ReadonlyArray<readonly [string, TBinaryColumnType]> = [
  ['m.id', 'int8'],
  ['m.episode_id', 'int8'],
  ['m.touchpoint_id', 'int8'],
  ['m.occurred_at', 'timestamptz'],
  ['m.experience', 'float8'],
  ['m.rating', 'float8'],
  // Whole, as jsonb: extracting values in SQL cost the database more than the rest of the row.
  ['m.measures', 'jsonb'],
];
const MOMENT_TYPES = MOMENT_COLUMNS.map(([, type]) => type);
const [ID, EPISODE, TOUCHPOINT, AT, EXPERIENCE, RATING, MEASURES] = [0, 1, 2, 3, 4, 5, 6];

/** The read plan of a journey's touchpoints, by their stored ids. */
export function readPlanOf(touchpoints: readonly TTouchpoint[], ids: ReadonlyMap<string, number>): TReadPlan {
  const byId = new Map<number, TReadTouchpoint>();
  const withStandard = new Set(
    touchpoints.flatMap((tp) => tp.measures.filter((m) => m.standard !== undefined).map((m) => m.key)),
  );
  for (const touchpoint of touchpoints) {
    const id = ids.get(touchpoint.key);
    if (id === undefined) continue;
    byId.set(id, { touchpoint, readsMeasures: touchpoint.measures.some((m) => withStandard.has(m.key)) });
  }
  return { touchpoints: byId };
}

/** A period as microseconds since 2000-01-01, PostgreSQL's timestamp epoch; open ends infinite. */
export type TPeriod = { from: number; to: number };

/**
 * One page in columns, ready to feed (and to send to a worker: typed arrays move without a copy).
 * Episodes are in key order: id, hashing key (customer and episode key) and outcome (NaN when unknown);
 * moments as the binary COPY output of `MOMENT_COLUMNS`, decoded by whoever feeds the page (the worker,
 * when there is one); breaches as stored per moment id.
 */
export type TFeedPage = {
  episodes: { ids: Float64Array; keys: string[]; outcomes: Float64Array };
  copied: Uint8Array;
  breaches: Map<number, number>;
};

/** A page with its moments decoded. */
type TDecodedPage = Omit<TFeedPage, 'copied'> & { moments: TBinaryColumns };

/**
 * Groups the page's moments by episode, puts each episode in time order (ties by id, the order they were
 * ingested), keeps those whose first moment falls in `period` and adds them to `acc`.
 */
export function feedPage(acc: KeyMomentAccumulator, fed: TFeedPage, plan: TReadPlan, period: TPeriod): void {
  const { copied, ...rest } = fed;
  // A page sent to a worker arrives as a plain Uint8Array: a Buffer view of the same memory, no copy.
  const bytes = Buffer.from(copied.buffer, copied.byteOffset, copied.byteLength);
  const page: TDecodedPage = { ...rest, moments: readBinaryCopy(bytes, MOMENT_TYPES) };
  const { columns } = page.moments;
  const at = columns[AT] as Float64Array;
  const id = columns[ID] as Float64Array;
  const { start, order } = groupByEpisode(page);
  const byTime = (a: number, b: number): number =>
    (at[a] as number) - (at[b] as number) || (id[a] as number) - (id[b] as number);
  // Inputs are reused from one episode to the next: the accumulator keeps none of them.
  const inputs: TKeyMomentInput[] = [];
  const { keys, outcomes } = page.episodes;
  for (let i = 0; i < keys.length; i++) {
    const [first, end] = [start[i] as number, start[i + 1] as number];
    if (first === end) continue;
    // Primary-key order is ingestion order; time order needs a sort only when moments arrived late.
    if (!isTimeOrdered(order, first, end, at)) order.subarray(first, end).sort(byTime);
    const started = at[order[first] as number] as number;
    if (started < period.from || started >= period.to) continue;
    inputs.length = end - first;
    for (let k = 0; k < end - first; k++)
      inputs[k] = momentInputOf(order[first + k] as number, page.moments, page.breaches, plan, inputs[k]);
    const outcome = outcomes[i] as number;
    acc.addEpisode({
      key: keys[i] as string,
      moments: inputs,
      outcome: Number.isNaN(outcome) ? null : outcome,
    });
  }
}

/**
 * The page's moments grouped by episode without an array per episode (a counting sort): the rows of
 * episode i are `order[start[i] .. start[i + 1])`, in primary-key order. Moments of an episode the page
 * does not hold (filtered out by segment) are left out.
 */
function groupByEpisode(page: TDecodedPage): { start: Uint32Array; order: Uint32Array } {
  const episodeOf = page.moments.columns[EPISODE] as Float64Array;
  const indexOf = new Map<number, number>();
  page.episodes.ids.forEach((id, i) => indexOf.set(id, i));
  const n = page.episodes.ids.length;
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
  moments: TBinaryColumns,
  breaches: ReadonlyMap<number, number>,
  plan: TReadPlan,
  reuse: TKeyMomentInput | undefined,
): TKeyMomentInput {
  const { columns } = moments;
  const read = plan.touchpoints.get((columns[TOUCHPOINT] as Float64Array)[r] as number) as TReadTouchpoint;
  let measures = NO_MEASURES;
  const start = (columns[MEASURES] as Float64Array)[r] as number;
  if (read.readsMeasures && !Number.isNaN(start)) {
    const end = (moments.ends[MEASURES] as Float64Array)[r] as number;
    measures = JSON.parse(decoder.decode(moments.buffer.subarray(start, end))) as Record<string, number>;
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
  input.meetsStandard =
    measures === NO_MEASURES ? undefined : meetsStandards(measures, read.touchpoint.measures);
  input.breaches = breaches.get((columns[ID] as Float64Array)[r] as number) ?? 0;
  input.measures = measures;
  return input;
}

const decoder = new TextDecoder();
