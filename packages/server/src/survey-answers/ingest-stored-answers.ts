/**
 * Stored answers into the MOT model, in batches: the workspace's job for the answers waiting
 * (`ingestWaitingAnswers`, ingest-answer-job.ts), an answer's own job, or an internal caller that needs the
 * result at once, ingests the workspace's answers stored but not ingested yet (oldest first, up to
 * ANSWERS_PER_BATCH a batch), through `ingestAnswers` (one moment batch and one outcome batch), then marks
 * them ingested with what they became in one statement. In one process a workspace's batches run one at a
 * time, so callers wait for the batch that takes their answer rather than ingesting it again; across
 * processes two batches may take the same answer, which is harmless: event ids make the second write
 * nothing and raise no alert, and the mark is kept from the first.
 * An answer ingestion refuses (its journey changed since the link was minted) keeps the reason in
 * `ingest_error`, is left out of other answers' batches and is retried by its own job, which throws.
 */
import { LIMITS } from '@mot/core';
import type { TSurveyDefinition } from '@mot/core';
import { sql } from 'drizzle-orm';
import { MotError } from '../errors.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { ingestAnswers } from './into-mot.ts';
import type { TAnswerIngestion, TAnswerToIngest, TIngestSummary } from './into-mot.ts';

/** The most answers one batch takes: at 200 answers a second a batch rarely holds more than a few dozen. */
export const ANSWERS_PER_BATCH = 200;

type TPendingRow = {
  id: string;
  version: number;
  customer: string;
  episode: string;
  journey: string | null;
  submitted_at: Date | string;
  answers: Record<string, unknown>;
  ingest_error: string | null;
  survey_key: string;
  definition: TSurveyDefinition;
  attributes: Record<string, string | number | boolean> | null;
  about: string | null;
};

/**
 * The workspace's answers waiting for ingestion, oldest first (the partial index survey_answers_pending),
 * with their survey's version, the link's attributes and the touchpoint of the QR link that minted it.
 * Answers ingestion refused are left out, except `answerId` (its own job's retry), if any.
 */
async function findPendingAnswers(
  db: TDatabase,
  workspaceId: string,
  answerId: string | null,
  limit: number,
): Promise<TPendingRow[]> {
  return queryRows<TPendingRow>(
    db.orm,
    sql`select a.id, a.version, a.customer, a.episode, a.journey, a.submitted_at, a.answers, a.ingest_error,
          s.key as survey_key, v.definition, l.attributes, q.touchpoint as about
        from survey_answers a
        join survey_links l on l.id = a.link_id
        join surveys s on s.id = a.survey_id
        join survey_versions v on v.survey_id = a.survey_id and v.version = a.version
        left join survey_qr_links q on q.id = l.qr_link_id
        where a.workspace_id = ${workspaceId} and a.ingested_at is null
          and (a.ingest_error is null or a.id = ${answerId}::uuid)
        order by a.submitted_at, a.id
        limit ${limit}`,
  );
}

/**
 * The answers of a batch: at most one per episode (the later answer's outcome builds on the earlier's,
 * so it waits for the next batch) and no more moments than one ingestion batch takes.
 */
function pickBatch(rows: readonly TPendingRow[]): TAnswerToIngest[] {
  const episodes = new Set<string>();
  const batch: TAnswerToIngest[] = [];
  let moments = 0;
  for (const r of rows) {
    const episode = JSON.stringify([r.journey, r.customer, r.episode]);
    if (episodes.has(episode)) continue;
    // A question per moment at most: a bound on the answer's moments without reading it.
    const most = Object.keys(r.answers).length + 1;
    if (batch.length > 0 && moments + most > LIMITS.maxBatchSize) break;
    episodes.add(episode);
    moments += most;
    batch.push({
      id: r.id,
      definition: r.definition,
      surveyKey: r.survey_key,
      version: r.version,
      customer: r.customer,
      episode: r.episode,
      journey: r.journey,
      submittedAt: new Date(r.submitted_at),
      answers: r.answers,
      attributes: r.attributes,
      about: r.about,
    });
  }
  return batch;
}

/** Marks the batch: ingested answers with what they became, refused ones with why (none already marked). */
async function markIngestions(db: TDatabase, results: readonly TAnswerIngestion[]): Promise<void> {
  const ingested = results.flatMap((r) =>
    r.status === 'ingested' ? [{ id: r.id, summary: r.summary, scores: r.scored }] : [],
  );
  const refused = results.flatMap((r) => (r.status === 'refused' ? [{ id: r.id, error: r.reason }] : []));
  if (ingested.length > 0) {
    await db.orm.execute(
      sql`update survey_answers a
          set ingested_at = now(), ingest_summary = v.summary, comment_scores = v.scores, ingest_error = null
          from jsonb_to_recordset(${JSON.stringify(ingested)}::jsonb) as v(id uuid, summary jsonb, scores jsonb)
          where a.id = v.id and a.ingested_at is null`,
    );
  }
  if (refused.length > 0) {
    await db.orm.execute(
      sql`update survey_answers a set ingest_error = v.error
          from jsonb_to_recordset(${JSON.stringify(refused)}::jsonb) as v(id uuid, error text)
          where a.id = v.id and a.ingested_at is null`,
    );
  }
}

/** Runs `work` after the workspace's batch running in this process, if any (one at a time per workspace). */
async function oneAtATime<T>(db: TDatabase, workspaceId: string, work: () => Promise<T>): Promise<T> {
  const cacheKey = 'survey-answers:ingesting';
  let chains = db.caches.get(cacheKey) as Map<string, Promise<void>> | undefined;
  if (!chains) {
    chains = new Map();
    db.caches.set(cacheKey, chains);
  }
  const running = chains;
  const result = (running.get(workspaceId) ?? Promise.resolve()).then(work);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  running.set(workspaceId, tail);
  void tail.then(() => {
    if (running.get(workspaceId) === tail) running.delete(workspaceId);
  });
  return result;
}

/**
 * One batch: the workspace's answers waiting (with `answerId`'s retry, if any), the batch picked from them
 * ingested and marked. Returns the rows looked at and what each answer of the batch became.
 */
async function ingestNextBatch(
  db: TDatabase,
  workspaceId: string,
  answerId: string | null,
): Promise<{ rows: TPendingRow[]; batch: TAnswerToIngest[]; results: TAnswerIngestion[] }> {
  const rows = await findPendingAnswers(db, workspaceId, answerId, ANSWERS_PER_BATCH);
  const batch = pickBatch(rows);
  const results = batch.length > 0 ? await ingestAnswers(db, workspaceId, batch) : [];
  await markIngestions(db, results);
  return { rows, batch, results };
}

/**
 * Ingests the stored answer `answerId` of the workspace, with the workspace's other answers waiting, batch
 * after batch until it is in. Returns what it became, or null when it was ingested already (or erased);
 * throws `batch_rejected` naming the reason when ingestion refuses it.
 */
export async function ingestStoredAnswer(
  db: TDatabase,
  workspaceId: string,
  answerId: string,
): Promise<TIngestSummary | null> {
  return oneAtATime(db, workspaceId, async () => {
    for (;;) {
      const { rows, results } = await ingestNextBatch(db, workspaceId, answerId);
      const own = results.find((r) => r.id === answerId);
      if (own?.status === 'ingested') return own.summary;
      if (own?.status === 'refused') {
        throw new MotError('batch_rejected', `survey answer ${answerId} not ingested: ${own.reason}`);
      }
      // Not in this batch: ingested already (or erased), unless it waits behind a full batch or an
      // earlier answer of its episode.
      const waiting = rows.some((r) => r.id === answerId) || rows.length === ANSWERS_PER_BATCH;
      if (!waiting) return null;
    }
  });
}

/**
 * Ingests every answer of the workspace waiting for it, batch after batch until none waits (the job that
 * takes the answers submitted in a quarter of a second, ingest-answer-job.ts). Answers refused before are
 * left to their own jobs; returns the ids of those this call refused, for their jobs to retry.
 */
export async function ingestWaitingAnswers(db: TDatabase, workspaceId: string): Promise<string[]> {
  return oneAtATime(db, workspaceId, async () => {
    const refused: string[] = [];
    const taken = new Set<string>();
    for (;;) {
      const { batch, results } = await ingestNextBatch(db, workspaceId, null);
      // Every batch takes at least the oldest row, and a refused answer is left out of the next look; an
      // answer still waiting after its batch (its mark refused by the database) stops the loop.
      if (batch.length === 0 || batch.some((a) => taken.has(a.id))) return refused;
      for (const a of batch) taken.add(a.id);
      for (const r of results) if (r.status === 'refused') refused.push(r.id);
    }
  });
}
