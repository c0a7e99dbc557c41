/**
 * The Olist e-commerce order journey as a journey document (validated by the domain's `ZJourney`).
 * Standards are ours, chosen from what a marketplace customer is promised and from the sample's spread
 * (docs/validation.md): they set the experience of a moment by the domain rule (`experienceOf`), so they
 * shape the analysis, but the floor for days late is then searched from data, not taken from here.
 */
import { ZJourney } from '@mot/core';
import type { TJourney } from '@mot/core';

/** Touchpoint keys of the order journey, in time order. */
export const TOUCHPOINT = {
  placed: 'order_placed',
  approved: 'payment_approved',
  carrier: 'handed_to_carrier',
  delivered: 'delivered_vs_promise',
  review: 'review',
} as const;

/** The touchpoint whose rating is the episode's outcome; it is not one of the analysed moments. */
export const OUTCOME_TOUCHPOINT = TOUCHPOINT.review;

/** The Olist order journey: purchase, fulfilment, delivery, review. */
export const ORDER_JOURNEY: TJourney = ZJourney.parse({
  key: 'olist_order',
  name: 'Online order (Olist marketplace)',
  names: { 'zh-CN': '网购订单', en: 'Online order' },
  stages: [
    { key: 'purchase', name: 'Purchase', kind: 'pre_contact' },
    { key: 'fulfilment', name: 'Fulfilment', kind: 'delivery' },
    { key: 'delivery', name: 'Delivery', kind: 'delivery' },
    { key: 'review', name: 'Review', kind: 'follow_up' },
  ],
  touchpoints: [
    { key: TOUCHPOINT.placed, name: 'Order placed', stage: 'purchase', channel: 'web', owner: 'Marketplace' },
    {
      key: TOUCHPOINT.approved,
      name: 'Payment approved',
      stage: 'purchase',
      channel: 'web',
      owner: 'Payments',
      // Card payments clear in minutes; a boleto can take a working day or more.
      measures: [
        {
          key: 'approval_hours',
          unit: 'h',
          direction: 'lower_is_better',
          standard: { target: 1, floor: 24 },
        },
      ],
    },
    {
      key: TOUCHPOINT.carrier,
      name: 'Handed to carrier',
      stage: 'fulfilment',
      channel: 'other',
      owner: 'Seller',
      // Days from approval to the carrier's pick-up: sellers are expected to ship within a couple of days.
      measures: [
        { key: 'carrier_days', unit: 'd', direction: 'lower_is_better', standard: { target: 2, floor: 7 } },
      ],
    },
    {
      key: TOUCHPOINT.delivered,
      name: 'Delivered against the promised date',
      stage: 'delivery',
      channel: 'on_site',
      owner: 'Logistics',
      // Delivered minus promised, in days: 0 or less keeps the promise; 3 days late is the worst we accept.
      measures: [
        { key: 'days_late', unit: 'd', direction: 'lower_is_better', standard: { target: 0, floor: 3 } },
      ],
    },
    {
      key: TOUCHPOINT.review,
      name: 'Review',
      stage: 'review',
      channel: 'web',
      owner: 'Customer care',
      ratingScale: { min: 1, max: 5 },
    },
  ],
});
