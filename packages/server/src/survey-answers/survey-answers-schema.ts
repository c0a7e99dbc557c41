/**
 * The survey answer tables (migrations 0014_survey_answers, 0015_survey_link_channel,
 * 0016_survey_answer_model, 0019_survey_answer_ingestion): single-use links, the answers given through them,
 * and the customers who unsubscribed. The migration holds what Drizzle does not say here: the foreign
 * keys (cascading with the workspace, the survey and the link), the unique indexes (token, one answer per
 * link) and the partial index of erased customers' opt-outs (0024_opt_out_digests).
 */
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The channels a link goes out by (a CHECK in migration 0015). */
export const SURVEY_LINK_CHANNELS = ['link', 'sms', 'wechat', 'email', 'phone', 'qr'] as const;
/** A link's channel: `link` when the company's own systems send the URL the API returned. */
export type TSurveyLinkChannel = (typeof SURVEY_LINK_CHANNELS)[number];

/** A link minted for one customer to answer one version of a survey, once. */
export const surveyLinks = pgTable('survey_links', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  surveyId: uuid('survey_id').notNull(),
  version: integer('version').notNull(),
  tokenHash: text('token_hash').notNull(),
  customer: text('customer').notNull(),
  episode: text('episode'),
  journey: text('journey'),
  language: text('language'),
  channel: text('channel').$type<TSurveyLinkChannel>().notNull().default('link'),
  /** The invitation that sent the link; null for a link minted through the API or a QR code. */
  invitationId: uuid('invitation_id'),
  /** Segment attributes the answer's moments carry (a QR link's store and counter). */
  attributes: jsonb('attributes').$type<Record<string, string | number | boolean>>(),
  /** The QR link whose scan minted this link. */
  qrLinkId: uuid('qr_link_id'),
  expiresAt: at('expires_at').notNull(),
  partial: jsonb('partial').$type<Record<string, unknown>>(),
  partialAt: at('partial_at'),
  usedAt: at('used_at'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** An answer, once per link, with what it became in the MOT model. */
export const surveyAnswers = pgTable('survey_answers', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  linkId: uuid('link_id').notNull(),
  surveyId: uuid('survey_id').notNull(),
  version: integer('version').notNull(),
  customer: text('customer').notNull(),
  episode: text('episode').notNull(),
  journey: text('journey'),
  language: text('language').notNull(),
  answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
  submittedAt: at('submitted_at').notNull().defaultNow(),
  /** When the answer went into the MOT model (its job, or an internal caller at once); null until then. */
  ingestedAt: at('ingested_at'),
  ingestSummary: jsonb('ingest_summary').$type<Record<string, unknown>>(),
  /** Why ingestion last refused the answer: it is then left out of other answers' batches, retried by its own job. */
  ingestError: text('ingest_error'),
  /**
   * The scores of its comments by question: those of no touchpoint scored by ingestion, a touchpoint's as its
   * moment keeps them (read back at ingestion; migration 0025 for answers ingested before).
   */
  commentScores: jsonb('comment_scores').$type<TStoredCommentScore[]>(),
});

/** A comment as an answer keeps it: its question and its sentiment and themes. */
export type TStoredCommentScore = {
  question: string;
  sentiment: { score: number; label: string; confidence: number; themes: unknown[] };
};

/**
 * A QR link (migration 0016): the reusable public entry of a store or a counter. Each scan of
 * `/s/q/<token>` mints a fresh single-use link (channel `qr`) carrying the QR link's attributes.
 */
export const surveyQrLinks = pgTable('survey_qr_links', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  surveyId: uuid('survey_id').notNull(),
  token: text('token').notNull(),
  label: text('label').notNull(),
  attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
  journey: text('journey'),
  touchpoint: text('touchpoint'),
  language: text('language'),
  enabled: boolean('enabled').notNull().default(true),
  scans: integer('scans').notNull().default(0),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** A customer who asked never to be surveyed again (退订). */
export const surveyOptOuts = pgTable(
  'survey_opt_outs',
  {
    workspaceId: uuid('workspace_id').notNull(),
    customer: text('customer').notNull(),
    linkId: uuid('link_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'survey_opt_outs_pk', columns: [t.workspaceId, t.customer] })],
);

/** A stored link. */
export type TSurveyLinkRow = typeof surveyLinks.$inferSelect;
/** A stored answer. */
export type TSurveyAnswerRow = typeof surveyAnswers.$inferSelect;
/** A stored QR link. */
export type TSurveyQrLinkRow = typeof surveyQrLinks.$inferSelect;
