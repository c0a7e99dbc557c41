/**
 * What a customer does with a link: read the survey (with the answers kept so far), keep partial answers,
 * submit once, unsubscribe. A link is found by its token's SHA-256, with its survey and the workspace's
 * language, in one prepared query, which on a public request is the statement that counts the request
 * against its rate limits (countAndReadLink); its version's definition, which never changes, is kept in
 * memory. A submission stores the answer once per link (a unique index, so two submissions arriving
 * together store one and the other is told it was received), marks the link used and joins the job that
 * ingests the workspace's answers of that quarter of a second (ingest-answer-job.ts), all in one
 * statement, and answers at once: the job turns the answer into moments and the episode's outcome within a
 * second or so, in a batch with the workspace's other waiting answers. Internal callers that need what the
 * answer became (the phone channel, answers recorded after the fact) ask for it to be ingested at once
 * (`ingestNow`); the job then finds it ingested. The public API never does.
 */
import type { TSurveyDefinition } from '@mot/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { assertWithinLimits, COUNTED, countedParams } from '../access/rate-limit.ts';
import type { TCounter } from '../access/rate-limit.ts';
import { settingsFrom, ZWorkspaceSettings } from '../access/settings.ts';
import { MotError, notFound } from '../errors.ts';
import { JOBS_CHANNEL } from '../jobs/enqueue.ts';
import { preparedRows, queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { surveyVersions } from '../storage/surveys-schema.ts';
import type { TSurveyStatus } from '../storage/surveys-schema.ts';
import { findAnswerProblem } from './check-answers.ts';
import { ingestionJobsOf } from './ingest-answer-job.ts';
import { ingestStoredAnswer } from './ingest-stored-answers.ts';
import type { TIngestSummary } from './into-mot.ts';
import { hashToken } from './links.ts';
import type { TSurveyLanguage } from './links.ts';
import { surveyAnswers, surveyLinks, surveyOptOuts } from './survey-answers-schema.ts';
import type { TSurveyLinkRow } from './survey-answers-schema.ts';

/** A link with its survey, as a customer's request finds it. */
type TFoundLink = {
  link: TSurveyLinkRow;
  survey: { key: string; name: string; status: TSurveyStatus };
  definition: TSurveyDefinition;
  language: TSurveyLanguage;
};

/** The survey as the public page gets it. */
export type TPublicSurvey = {
  survey: string;
  name: string;
  version: number;
  language: TSurveyLanguage;
  definition: TSurveyDefinition;
  partial: Record<string, unknown>;
  expiresAt: string;
};

const unknownLink = () =>
  notFound('this survey link', ['params', 'token']) as MotError & { code: 'not_found' };

/** The language workspaces have when their settings name none. */
const DEFAULT_LANGUAGE = settingsFrom(null).language;

/**
 * The workspace's language as settingsFrom reads it, by the settings' own rule for the language alone:
 * parsing all of them cost a public request about as much as its queries.
 */
function languageOf(stored: unknown): TSurveyLanguage {
  const parsed = ZWorkspaceSettings.shape.language.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

/** What the link's query reads: the link, its survey and the workspace's language. */
const LINK_COLUMNS = `l.workspace_id, l.id, l.survey_id, l.version, l.customer, l.episode, l.journey, l.language,
    l.channel, l.invitation_id, l.attributes, l.qr_link_id, l.expires_at, l.partial, l.partial_at, l.used_at,
    l.created_by, l.created_at, s.key as survey_key, s.name as survey_name, s.status as survey_status,
    w.settings->'language' as workspace_language`;

/** The link whose token's hash is `$n`, joined to its survey and workspace. */
const linkByHash = (n: number) => `select ${LINK_COLUMNS}
    from survey_links l
      join surveys s on s.id = l.survey_id
      join workspaces w on w.id = l.workspace_id
    where l.token_hash = $${n}`;

/** A row of the link's query, as the drivers read it. */
type TLinkRow = {
  workspace_id: string;
  id: string;
  survey_id: string;
  version: number;
  customer: string;
  episode: string | null;
  journey: string | null;
  language: string | null;
  channel: TSurveyLinkRow['channel'];
  invitation_id: string | null;
  attributes: TSurveyLinkRow['attributes'];
  qr_link_id: string | null;
  expires_at: Date | string;
  partial: Record<string, unknown> | null;
  partial_at: Date | string | null;
  used_at: Date | string | null;
  created_by: string;
  created_at: Date | string;
  survey_key: string;
  survey_name: string;
  survey_status: TSurveyStatus;
  workspace_language: unknown;
};

const dateOf = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** A link row (of the token hashed `tokenHash`) as its schema types it, with its survey and language. */
function linkOf(row: TLinkRow, tokenHash: string): Omit<TFoundLink, 'definition'> {
  return {
    link: {
      workspaceId: row.workspace_id,
      id: row.id,
      surveyId: row.survey_id,
      version: row.version,
      tokenHash,
      customer: row.customer,
      episode: row.episode,
      journey: row.journey,
      language: row.language,
      channel: row.channel,
      invitationId: row.invitation_id,
      attributes: row.attributes,
      qrLinkId: row.qr_link_id,
      expiresAt: dateOf(row.expires_at),
      partial: row.partial,
      partialAt: row.partial_at === null ? null : dateOf(row.partial_at),
      usedAt: row.used_at === null ? null : dateOf(row.used_at),
      createdBy: row.created_by,
      createdAt: dateOf(row.created_at),
    },
    survey: { key: row.survey_key, name: row.survey_name, status: row.survey_status },
    language: (row.language as TSurveyLanguage | null) ?? languageOf(row.workspace_language),
  };
}

/** Survey versions kept in memory: a version never changes once written, so it is read once. */
const VERSIONS_KEPT = 500;

/** The definition of a survey's version, from memory or read (and kept, the oldest dropped first). */
async function definitionOf(db: TDatabase, surveyId: string, version: number): Promise<TSurveyDefinition> {
  const cacheKey = 'survey-answers:versions';
  let kept = db.caches.get(cacheKey) as Map<string, TSurveyDefinition> | undefined;
  if (!kept) {
    kept = new Map();
    db.caches.set(cacheKey, kept);
  }
  const key = `${surveyId}:${version}`;
  const found = kept.get(key);
  if (found) return found;
  const [row] = await db.orm
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)));
  if (!row) throw new Error(`survey ${surveyId} has no version ${version}`);
  if (kept.size >= VERSIONS_KEPT) kept.delete(kept.keys().next().value ?? '');
  kept.set(key, row.definition);
  return row.definition;
}

/** A token of the shape links are minted with (anything else is unknown without a query). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Links that a public request's counting statement read (countAndReadLink), by request, with the hash of
 * the token they were read by: the route then finds its link without a second round trip.
 */
const readWithCount = new WeakMap<object, { hash: string; row: TLinkRow | undefined }>();

/**
 * Counts a public survey request against its rate limits and reads the link of its token's hash (`hash`,
 * hashToken's) in the same statement (the access layer's counting, access/rate-limit.ts COUNTED, then the
 * link's query): a public page's read is one round trip to the database, a submission two (this, then the
 * statement that stores the answer). Refuses the request with a 429 as countRequest does.
 */
export async function countAndReadLink(
  db: TDatabase,
  request: object,
  hash: string,
  counters: readonly TCounter[],
): Promise<void> {
  const now = Date.now();
  const { params, windowStart } = countedParams(counters, now);
  const [row] = await preparedRows<TLinkRow & { counts: Record<string, number> | null }>(
    db,
    'survey_link_by_token_counted',
    `with ${COUNTED}
     select (select json_object_agg(key, count) from counted) as counts, found.*
     from (select 1) as one left join lateral (${linkByHash(3)}) as found on true`,
    [...params, hash],
  );
  const counts = new Map(Object.entries(row?.counts ?? {}));
  await assertWithinLimits(db, counters, counts, windowStart, now);
  readWithCount.set(request, { hash, row: row?.id ? row : undefined });
}

/**
 * The link of a token, with its survey, definition and language: the row the request's counting statement
 * read with it when there is one (`request`), else read now.
 */
async function findLink(db: TDatabase, token: string, request?: object): Promise<TFoundLink> {
  if (!TOKEN_SHAPE.test(token)) throw unknownLink();
  const hash = hashToken(token);
  const read = request && readWithCount.get(request);
  const row =
    read && read.hash === hash
      ? read.row
      : (await preparedRows<TLinkRow>(db, 'survey_link_by_token', linkByHash(1), [hash]))[0];
  if (!row) throw unknownLink();
  return { ...linkOf(row, hash), definition: await definitionOf(db, row.survey_id, row.version) };
}

/** Refuses a link that was answered (409), expired or whose survey closed (410); else returns it. */
function assertOpen(found: TFoundLink, now = new Date()): TFoundLink {
  const details = { language: found.language };
  if (found.link.usedAt) {
    throw new MotError(
      'already_answered',
      'thank you, your answer was already received',
      ['params', 'token'],
      details,
    );
  }
  if (found.link.expiresAt <= now) {
    throw new MotError('link_expired', 'this survey link has expired', ['params', 'token'], details);
  }
  if (found.survey.status === 'archived') {
    throw new MotError('link_expired', 'this survey is closed', ['params', 'token'], details);
  }
  return found;
}

/** The survey behind a link, in the link's language (else the workspace's), with the answers kept. */
export async function readPublicSurvey(
  db: TDatabase,
  token: string,
  request?: object,
): Promise<TPublicSurvey> {
  const { link, survey, definition, language } = assertOpen(await findLink(db, token, request));
  return {
    survey: survey.key,
    name: survey.name,
    version: link.version,
    language,
    definition,
    partial: link.partial ?? {},
    expiresAt: link.expiresAt.toISOString(),
  };
}

function checkAnswers(definition: TSurveyDefinition, answers: Record<string, unknown>): void {
  const problem = findAnswerProblem(definition, answers);
  if (problem) throw new MotError('invalid_input', problem.message, ['answers', problem.question]);
}

/** Keeps the answers given so far (replacing the earlier ones), checked like a submission. */
export async function keepPartialAnswers(
  db: TDatabase,
  token: string,
  answers: Record<string, unknown>,
  request?: object,
): Promise<{ savedAt: string }> {
  const { link, definition } = assertOpen(await findLink(db, token, request));
  checkAnswers(definition, answers);
  const now = new Date();
  const updated = await db.orm
    .update(surveyLinks)
    .set({ partial: answers, partialAt: now })
    .where(and(eq(surveyLinks.id, link.id), isNull(surveyLinks.usedAt)))
    .returning({ id: surveyLinks.id });
  if (updated.length === 0) assertOpen(await findLink(db, token));
  return { savedAt: now.toISOString() };
}

/**
 * Stores the answer of an open link, marks the link used and joins (or enqueues) the job that ingests it
 * (ingest-answer-job.ts) in one statement (one round trip, atomic as a transaction is): nothing when the
 * link was used meanwhile, or already has an answer (the unique index on the link). Without an episode,
 * the answer is its own episode (a survey at a counter, not after a known episode).
 */
async function storeAnswer(
  db: TDatabase,
  { link, language }: TFoundLink,
  answers: Record<string, unknown>,
  at: Date | undefined,
): Promise<{ id: string; submittedAt: Date } | undefined> {
  const when = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  const [row] = await queryRows<{ id: string; submitted_at: Date | string }>(
    db.orm,
    sql`with claimed as (
          update survey_links set used_at = ${when}, partial = null
          where id = ${link.id} and used_at is null
          returning id
        ), stored as (
          insert into survey_answers (workspace_id, link_id, survey_id, version, customer, episode, journey,
                                      language, answers, submitted_at)
          select ${link.workspaceId}::uuid, c.id, ${link.surveyId}::uuid, ${link.version}::int,
                 ${link.customer}::text, ${link.episode ?? `survey-${link.id}`}::text, ${link.journey}::text,
                 ${language}::text, ${JSON.stringify(answers)}::jsonb, ${when}
          from claimed c
          on conflict do nothing
          returning id, workspace_id, submitted_at
        ), ${ingestionJobsOf('stored')},
        woken as (select pg_notify(${JOBS_CHANNEL}, '') from (select 1 from enqueued limit 1) any_enqueued)
        select id, submitted_at, (select count(*) from woken) as woken from stored`,
  );
  return row ? { id: row.id, submittedAt: new Date(row.submitted_at) } : undefined;
}

/**
 * What a submission answers: the answer's id, and what it became in the MOT model when it was ingested at
 * once (`ingestNow`); null when its job ingests it (the public API) or ingestion refused it.
 */
export type TSubmitted = { answer: string; submittedAt: string; ingested: TIngestSummary | null };

/**
 * Submits the answers of a link, once: checked against the link's version, stored with the link marked
 * used and its ingestion job enqueued in one transaction. A second submission is refused with 409.
 */
export async function submitAnswers(
  db: TDatabase,
  token: string,
  answers: Record<string, unknown>,
  options: {
    /**
     * When the answer was given, for answers recorded after the fact (the demo's history); never from the
     * public API, which answers at the time of the request.
     */
    at?: Date;
    /**
     * Ingest the answer now, in this call, and say what it became (internal callers that show it at
     * once); the job stays as the retry when ingestion fails. Never from the public API.
     */
    ingestNow?: boolean;
    /** The public request whose counting statement read the link (countAndReadLink), if any. */
    request?: object;
  } = {},
): Promise<TSubmitted> {
  const found = await findLink(db, token, options.request);
  const { link, definition, language } = found;
  assertOpen(found, options.at);
  checkAnswers(definition, answers);
  const stored = await storeAnswer(db, found, answers, options.at);
  if (!stored) {
    throw new MotError(
      'already_answered',
      'thank you, your answer was already received',
      ['params', 'token'],
      { language },
    );
  }
  // The answer is stored: the customer is thanked even when the MOT model refuses it for now (a journey
  // changed since the link was minted); it stays marked not ingested, with the reason, for its job's retry.
  let ingested: TIngestSummary | null = null;
  if (options.ingestNow) {
    try {
      // Null: the server's job runner, woken by the commit, took it first.
      ingested =
        (await ingestStoredAnswer(db, link.workspaceId, stored.id)) ??
        (await readIngestSummary(db, stored.id));
    } catch (error) {
      console.error(`survey answer ${stored.id} stored but not ingested:`, error);
    }
  }
  return { answer: stored.id, submittedAt: stored.submittedAt.toISOString(), ingested };
}

/** What a stored answer became when it was ingested; null while it is not. */
async function readIngestSummary(db: TDatabase, answerId: string): Promise<TIngestSummary | null> {
  const [row] = await db.orm
    .select({ summary: surveyAnswers.ingestSummary })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.id, answerId));
  return (row?.summary as TIngestSummary | null | undefined) ?? null;
}

/**
 * Records that the customer of a link never wants another survey from this workspace (退订), whatever
 * the state of the link (an answered or expired link still unsubscribes). Kept forever; repeating it
 * changes nothing.
 */
export async function unsubscribe(
  db: TDatabase,
  token: string,
  request?: object,
): Promise<{ language: TSurveyLanguage }> {
  const { link, language } = await findLink(db, token, request);
  await db.orm
    .insert(surveyOptOuts)
    .values({ workspaceId: link.workspaceId, customer: link.customer, linkId: link.id })
    .onConflictDoNothing();
  return { language };
}
