/**
 * Olist rows as the order journey's moments (pure: no I/O). Timestamps in the files have no zone; they are
 * read as UTC so that differences are plain elapsed time with no daylight-saving jumps.
 */
import { ZMomentInput } from '@mot/core';
import type { TMomentInput, TMomentInputRaw } from '@mot/core';
import { ORDER_JOURNEY, TOUCHPOINT } from './journey.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** A row that cannot be read, with the file and line at fault. */
export class RowError extends Error {}

/** One row of olist_orders_dataset.csv, timestamps as epoch milliseconds (null when empty). */
export type TOrderRow = {
  orderId: string;
  customerId: string;
  status: string;
  purchasedAt: number;
  approvedAt: number | null;
  carrierAt: number | null;
  deliveredAt: number | null;
  estimatedAt: number | null;
};

/** One row of olist_order_reviews_dataset.csv. */
export type TReviewRow = { reviewId: string; orderId: string; score: number; createdAt: number };

/** Where a row came from, for error messages: `file:line`. */
export type TWhere = string;

/** Reads an Olist timestamp ("2018-07-29 13:54:51") as UTC epoch ms; empty text is null. */
export function parseOlistTime(text: string | undefined, where: TWhere): number | null {
  if (text === undefined || text.trim() === '') return null;
  const isoText = text.trim().replace(' ', 'T');
  const ms = TIME_PATTERN.test(text.trim()) ? Date.parse(`${isoText}Z`) : NaN;
  // The round trip catches impossible dates such as 2018-02-30, which some parsers roll over to March.
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 19) !== isoText)
    throw new RowError(`${where}: "${text}" is not a timestamp like 2018-07-29 13:54:51`);
  return ms;
}

function field(record: Readonly<Record<string, string>>, column: string, where: TWhere): string {
  const value = record[column];
  if (value === undefined) throw new RowError(`${where}: no column "${column}"`);
  return value.trim();
}

function required(record: Readonly<Record<string, string>>, column: string, where: TWhere): string {
  const value = field(record, column, where);
  if (value === '') throw new RowError(`${where}: "${column}" is empty`);
  return value;
}

/** An orders CSV record (by header name) as a typed row. */
export function orderRowOf(record: Readonly<Record<string, string>>, where: TWhere): TOrderRow {
  const time = (column: string) => parseOlistTime(field(record, column, where), `${where} ${column}`);
  const purchasedAt = time('order_purchase_timestamp');
  if (purchasedAt === null) throw new RowError(`${where}: "order_purchase_timestamp" is empty`);
  return {
    orderId: required(record, 'order_id', where),
    customerId: required(record, 'customer_id', where),
    status: field(record, 'order_status', where),
    purchasedAt,
    approvedAt: time('order_approved_at'),
    carrierAt: time('order_delivered_carrier_date'),
    deliveredAt: time('order_delivered_customer_date'),
    estimatedAt: time('order_estimated_delivery_date'),
  };
}

/** A reviews CSV record as a typed row; the score must be a whole number 1..5. */
export function reviewRowOf(record: Readonly<Record<string, string>>, where: TWhere): TReviewRow {
  const text = required(record, 'review_score', where);
  const score = Number(text);
  if (!Number.isInteger(score) || score < 1 || score > 5)
    throw new RowError(`${where}: review_score "${text}" is not a whole number 1..5`);
  const createdAt = parseOlistTime(
    field(record, 'review_creation_date', where),
    `${where} review_creation_date`,
  );
  if (createdAt === null) throw new RowError(`${where}: "review_creation_date" is empty`);
  return {
    reviewId: required(record, 'review_id', where),
    orderId: required(record, 'order_id', where),
    score,
    createdAt,
  };
}

/** Days delivered after the promised date (negative: early); null when either date is missing. */
export function daysLate(order: Pick<TOrderRow, 'deliveredAt' | 'estimatedAt'>): number | null {
  if (order.deliveredAt === null || order.estimatedAt === null) return null;
  return (order.deliveredAt - order.estimatedAt) / DAY_MS;
}

/** Hours from purchase to payment approval; null when not approved. */
export function approvalHours(order: Pick<TOrderRow, 'purchasedAt' | 'approvedAt'>): number | null {
  return order.approvedAt === null ? null : (order.approvedAt - order.purchasedAt) / HOUR_MS;
}

/** Days from approval to the carrier's pick-up; null when either is missing (can be negative in the data). */
export function carrierDays(order: Pick<TOrderRow, 'approvedAt' | 'carrierAt'>): number | null {
  if (order.approvedAt === null || order.carrierAt === null) return null;
  return (order.carrierAt - order.approvedAt) / DAY_MS;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The moments of one order, validated as the product's `ZMomentInput`: placed, approved, handed to carrier
 * and delivered when their timestamps exist (each with its measure when it can be computed), and one
 * review moment per review row (its score as the rating). `customer` is the customer_unique_id.
 */
export function orderMoments(
  order: TOrderRow,
  reviews: readonly TReviewRow[],
  customer: string,
): TMomentInput[] {
  const base = { journey: ORDER_JOURNEY.key, customer, episode: order.orderId };
  const raw: TMomentInputRaw[] = [];
  const add = (touchpoint: string, at: number | null, measures: Record<string, number | null>) => {
    if (at === null) return;
    const known = Object.entries(measures).filter((e): e is [string, number] => e[1] !== null);
    const eventId = `${order.orderId}:${touchpoint}`;
    raw.push({ ...base, eventId, touchpoint, occurredAt: iso(at), measures: Object.fromEntries(known) });
  };
  add(TOUCHPOINT.placed, order.purchasedAt, {});
  add(TOUCHPOINT.approved, order.approvedAt, { approval_hours: approvalHours(order) });
  add(TOUCHPOINT.carrier, order.carrierAt, { carrier_days: carrierDays(order) });
  add(TOUCHPOINT.delivered, order.deliveredAt, { days_late: daysLate(order) });
  for (const r of reviews) {
    const eventId = `${order.orderId}:${TOUCHPOINT.review}:${r.reviewId}`;
    raw.push({
      ...base,
      eventId,
      touchpoint: TOUCHPOINT.review,
      occurredAt: iso(r.createdAt),
      rating: r.score,
    });
  }
  return raw.map((m) => {
    const parsed = ZMomentInput.safeParse(m);
    if (!parsed.success)
      throw new RowError(
        `order ${order.orderId}: moment ${m.eventId} is invalid: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    return parsed.data;
  });
}
