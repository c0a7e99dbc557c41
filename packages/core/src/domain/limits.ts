/**
 * Shared limits, used by the server's validation, the CLI and (later) the web forms alike.
 * One place, so a form and the route it posts to can never disagree.
 */
export const LIMITS = {
  /** Largest number of moments accepted in one ingestion request. */
  maxBatchSize: 10_000,
  /** Largest HTTP request body, in bytes (10,000 moments of ~1.5 kB each). */
  maxBodyBytes: 16 * 1024 * 1024,
  /** Keys (journey, stage, touchpoint, measure) are short machine names. */
  maxKeyLength: 64,
  /** Display names of journeys, stages, touchpoints. */
  maxNameLength: 200,
  /** Source-system identifiers: event ids, customer ids, episode keys, employee ids. */
  maxExternalIdLength: 200,
  /** Free-text comments on a moment. */
  maxCommentLength: 5_000,
  /** Stages per journey and touchpoints per journey. */
  maxStages: 50,
  maxTouchpoints: 500,
  /** Measures per touchpoint. */
  maxMeasures: 20,
  /** Segment attributes on a moment or customer. */
  maxAttributes: 50,
} as const;

/**
 * The dates a moment may carry, in UTC: from 1900-01-01 up to, not including, 3000-01-01 (milliseconds since
 * 1970 in `earliest` and `end`). Ingestion refuses any other date, and the stored analysis reads every date
 * in this range; both take it from here.
 */
export const MOMENT_TIME_RANGE = {
  firstYear: 1900,
  lastYear: 2999,
  earliest: Date.UTC(1900, 0, 1),
  end: Date.UTC(3000, 0, 1),
} as const;

/** Largest UTC offset of a date-time, in minutes: ±14:00 spans every time zone in use (PostgreSQL stops at ±15:59). */
export const MAX_UTC_OFFSET_MINUTES = 14 * 60;

/** Pattern of a key: lower-case letters, digits, `_`, `-` and `.`, starting with a letter or digit. */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;
