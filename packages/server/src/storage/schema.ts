/**
 * The database schema (Drizzle, `pg-core`): one schema for PGlite and PostgreSQL alike.
 *
 * Keys and distribution. Every table carries `workspace_id` and every query filters by it. The tables that
 * grow with traffic (customers, episodes, moments, breaches) have primary keys that start with
 * `(workspace_id, customer_id)`, so they can later be distributed by customer (Citus: distribute on
 * `customer_id`, co-locate the four tables) and a customer's timeline stays on one node. Definitions
 * (journeys, stages, touchpoints, measures) are small and would become reference tables.
 *
 * Idempotency. The source event id is unique per workspace: a unique index on moments
 * `(workspace_id, event_id)`; ingestion inserts with `ON CONFLICT DO NOTHING` on it. That index does not
 * contain the customer, so once moments are distributed it must move to its own table keyed by
 * `(workspace_id, event_id)` (distributed on the event id) written in the same transaction.
 */
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity();
const workspaceId = () => uuid('workspace_id').notNull();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Tenants. `definitions_version` is bumped on every journey change so caches of definitions can tell. */
export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  definitionsVersion: integer('definitions_version').notNull().default(0),
  /** Time zone, language and the customer attributes that are personal data (see access/settings). */
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

/** Journeys: the head of a journey document; stages and touchpoints hang off it. */
export const journeys = pgTable(
  'journeys',
  {
    workspaceId: workspaceId(),
    id: id(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    names: jsonb('names').$type<Record<string, string>>(),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('journeys_key').on(t.workspaceId, t.key),
  ],
);

/** Stages of a journey, ordered by `position`. */
export const stages = pgTable(
  'stages',
  {
    workspaceId: workspaceId(),
    journeyId: bigint('journey_id', { mode: 'number' }).notNull(),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    names: jsonb('names').$type<Record<string, string>>(),
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.journeyId, t.key] })],
);

/** Touchpoints. Their ids stay stable across journey edits because moments refer to them. */
export const touchpoints = pgTable(
  'touchpoints',
  {
    workspaceId: workspaceId(),
    id: id(),
    journeyId: bigint('journey_id', { mode: 'number' }).notNull(),
    key: text('key').notNull(),
    stageKey: text('stage_key').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    names: jsonb('names').$type<Record<string, string>>(),
    channel: text('channel').notNull(),
    owner: text('owner').notNull(),
    ratingMin: integer('rating_min'),
    ratingMax: integer('rating_max'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('touchpoints_key').on(t.workspaceId, t.journeyId, t.key),
  ],
);

/** Measures of a touchpoint with their standard (target and tolerance floor) when one is set. */
export const measures = pgTable(
  'measures',
  {
    workspaceId: workspaceId(),
    touchpointId: bigint('touchpoint_id', { mode: 'number' }).notNull(),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    name: text('name'),
    names: jsonb('names').$type<Record<string, string>>(),
    unit: text('unit').notNull(),
    direction: text('direction').notNull(),
    target: doublePrecision('target'),
    floor: doublePrecision('floor'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.touchpointId, t.key] })],
);

/** Customers, known by the id the source systems use. */
export const customers = pgTable(
  'customers',
  {
    workspaceId: workspaceId(),
    id: id(),
    externalId: text('external_id').notNull(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('customers_external_id').on(t.workspaceId, t.externalId),
  ],
);

/** Episodes: one customer's pass through a journey, found by the source's key. */
export const episodes = pgTable(
  'episodes',
  {
    workspaceId: workspaceId(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    id: id(),
    journeyId: bigint('journey_id', { mode: 'number' }).notNull(),
    key: text('key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.customerId, t.id] }),
    // Ends with the customer so it stays unique per shard once distributed by customer.
    uniqueIndex('episodes_key').on(t.workspaceId, t.journeyId, t.key, t.customerId),
    // A journey's episodes in key order: the key-moment analysis reads them in keyset pages.
    index('episodes_journey').on(t.workspaceId, t.journeyId, t.customerId, t.id),
  ],
);

/** Moments: one interaction at a touchpoint, with its experience value as computed at ingestion. */
export const moments = pgTable(
  'moments',
  {
    workspaceId: workspaceId(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    id: id(),
    episodeId: bigint('episode_id', { mode: 'number' }).notNull(),
    touchpointId: bigint('touchpoint_id', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    eventId: text('event_id').notNull(),
    measures: jsonb('measures').$type<Record<string, number>>().notNull(),
    rating: doublePrecision('rating'),
    comment: text('comment'),
    employee: text('employee'),
    experience: doublePrecision('experience'),
    experienceSource: text('experience_source'),
    attributes: jsonb('attributes').$type<Record<string, unknown>>(),
    // The comment's sentiment scored at ingestion (core's text analytics): score -1..+1, class, the
    // calibrated confidence of its polarity, and the themes it mentions with their sentiment.
    sentiment: doublePrecision('sentiment'),
    sentimentLabel: text('sentiment_label'),
    sentimentConfidence: doublePrecision('sentiment_confidence'),
    themes: jsonb('themes').$type<Array<{ theme: string; score: number; mentions: number }>>(),
    /**
     * Whether at least one tolerance-floor breach is stored for the moment (in `breaches`): the one
     * definition of a breaching moment, kept on the moment so readers need no join (migration 0021). Set by
     * insertMoments in the statement that writes the breaches; a moment is deleted only with its breaches.
     */
    breached: boolean('breached').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.customerId, t.id] }),
    uniqueIndex('moments_event_id').on(t.workspaceId, t.eventId),
  ],
);

/** Tolerance-floor breaches found when a moment was ingested; alerts and cases are built from them. */
export const breaches = pgTable(
  'breaches',
  {
    workspaceId: workspaceId(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    id: id(),
    momentId: bigint('moment_id', { mode: 'number' }).notNull(),
    touchpointId: bigint('touchpoint_id', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    measure: text('measure'),
    value: doublePrecision('value').notNull(),
    floor: doublePrecision('floor').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.customerId, t.id] }),
    index('breaches_recent').on(t.workspaceId, t.occurredAt),
  ],
);

/**
 * What came of an episode: survey answers (overall satisfaction, NPS) and churn, one row per episode, keyed
 * like the episode so it lives on the customer's shard. Written by `POST /api/outcomes` (an upsert: the
 * latest outcome sent for an episode wins); `event_id` is the source's id of the last outcome written.
 */
export const episodeOutcomes = pgTable(
  'episode_outcomes',
  {
    workspaceId: workspaceId(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    episodeId: bigint('episode_id', { mode: 'number' }).notNull(),
    overall: doublePrecision('overall'),
    nps: doublePrecision('nps'),
    /** CSAT, CES and churn intent of a survey answer (migration 0016), on 0..10 as overall is. */
    csat: doublePrecision('csat'),
    ces: doublePrecision('ces'),
    churnIntent: doublePrecision('churn_intent'),
    churned: boolean('churned'),
    churnedAt: timestamp('churned_at', { withTimezone: true }),
    surveyedAt: timestamp('surveyed_at', { withTimezone: true }),
    eventId: text('event_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId, t.episodeId] })],
);
