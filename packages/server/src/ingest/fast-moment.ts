import {
  KEY_PATTERN,
  LIMITS,
  RESERVED_KEYS,
  ZMomentInput,
  findMomentTimeProblem,
  findTextProblem,
} from '@mot/core';
import type { TMomentInput } from '@mot/core';

// zod's own ISO date-time pattern for `occurredAt`, taken from the schema so the two cannot drift apart.
const DATETIME: RegExp | undefined = (ZMomentInput.shape.occurredAt._zod as { pattern?: RegExp }).pattern;

const FIELDS = new Set([
  'eventId',
  'journey',
  'touchpoint',
  'customer',
  'episode',
  'occurredAt',
  'measures',
  'employee',
  'rating',
  'comment',
  'attributes',
]);

type TPlain = Record<string, unknown>;

const isPlain = (value: unknown): value is TPlain =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** `ZExternalId` on a value that needs no trimming. */
const isExternalId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= LIMITS.maxExternalIdLength &&
  value.trim() === value &&
  findTextProblem(value) === undefined;

const isKey = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= LIMITS.maxKeyLength &&
  KEY_PATTERN.test(value) &&
  !RESERVED_KEYS.has(value);

function measuresOf(value: unknown): Record<string, number> | undefined {
  if (value === undefined) return {};
  if (!isPlain(value)) return undefined;
  const out: Record<string, number> = {};
  for (const key in value) {
    if (!isKey(key)) return undefined;
    const v = value[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
    else if (typeof v === 'boolean') out[key] = v ? 1 : 0;
    else return undefined;
  }
  return out;
}

function attributesOf(value: TPlain): Record<string, string | number | boolean> | undefined {
  const out: Record<string, string | number | boolean> = {};
  let count = 0;
  for (const key in value) {
    if (key.length < 1 || key.length > LIMITS.maxKeyLength || RESERVED_KEYS.has(key)) return undefined;
    if (findTextProblem(key) !== undefined) return undefined;
    const v = value[key];
    if (typeof v === 'string') {
      if (v.length > 500 || findTextProblem(v) !== undefined) return undefined;
    } else if (typeof v !== 'boolean' && !Number.isFinite(v)) return undefined;
    out[key] = v as string | number | boolean;
    count += 1;
  }
  return count <= LIMITS.maxAttributes ? out : undefined;
}

/**
 * `ZMomentInput.parse(item)` for the common case, without zod's per-check machinery (a third of the
 * server's time per moment). Returns undefined whenever it is not certain, and the caller then asks zod, so
 * zod stays the one definition of a valid moment: this only ever accepts what zod accepts, with the same
 * output (proven on a corpus in fast-moment.test.ts). Unknown fields, values to trim, missing pieces: zod.
 */
export function fastMoment(item: unknown): TMomentInput | undefined {
  if (!DATETIME || !isPlain(item)) return undefined;
  for (const key in item) if (!FIELDS.has(key) || item[key] === undefined) return undefined;
  const { eventId, journey, touchpoint, customer, episode, occurredAt, employee, rating, comment } = item;
  if (!isExternalId(eventId) || !isExternalId(customer) || !isExternalId(episode)) return undefined;
  if (!isKey(journey) || !isKey(touchpoint)) return undefined;
  if (typeof occurredAt !== 'string' || !DATETIME.test(occurredAt)) return undefined;
  if (findMomentTimeProblem(occurredAt) !== undefined) return undefined;
  const measures = measuresOf(item['measures']);
  if (!measures) return undefined;
  const moment: TMomentInput = { eventId, journey, touchpoint, customer, episode, occurredAt, measures };
  if (employee !== undefined) {
    if (!isExternalId(employee)) return undefined;
    moment.employee = employee;
  }
  if (rating !== undefined) {
    if (typeof rating !== 'number' || !Number.isFinite(rating)) return undefined;
    moment.rating = rating;
  }
  if (comment !== undefined) {
    if (typeof comment !== 'string' || comment.length > LIMITS.maxCommentLength) return undefined;
    if (findTextProblem(comment) !== undefined) return undefined;
    moment.comment = comment;
  }
  const attributes = item['attributes'];
  if (attributes !== undefined) {
    const parsed = isPlain(attributes) ? attributesOf(attributes) : undefined;
    if (!parsed) return undefined;
    moment.attributes = parsed;
  }
  return moment;
}
