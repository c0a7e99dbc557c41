/**
 * Distribution rules: which survey a customer is invited to, when (a trigger and its conditions), how many
 * of the matching customers (a deterministic sampling share), by which channel, with which priority when
 * rules compete; and the workspace's ONE fatigue budget per customer across every survey and channel
 * (docs/invitations.md). The same schemas check the HTTP body, the stored row and the web form.
 */
import { z } from 'zod';
import { ZKey } from '../../domain/journey.ts';
import { LIMITS } from '../../domain/limits.ts';
import { storable } from '../../domain/storable-text.ts';

/** The channels an invitation goes out by ('link': the company's own systems send the URL). */
export const INVITATION_CHANNELS = ['link', 'sms', 'wechat', 'email', 'phone'] as const;
/** An invitation's channel. */
export type TInvitationChannelKind = (typeof INVITATION_CHANNELS)[number];

/** What an invitation's row says of it: planned, on its way, sent, failed, skipped or answered. */
export const INVITATION_STATUSES = ['planned', 'sending', 'sent', 'failed', 'skipped', 'answered'] as const;
/** An invitation's status. */
export type TInvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * Why an invitation was NOT made. Quiet hours move the send time and are never a skip.
 * - condition_false: the trigger matched but the rule's conditions did not;
 * - sampled_out: outside the rule's sampling share;
 * - opted_out: the customer unsubscribed (退订);
 * - duplicate: the customer already has this survey for the same episode (or trigger);
 * - recontact: the customer had this survey within the rule's recontact period;
 * - fatigue_spacing: another invitation is closer than the budget's minimum days apart;
 * - fatigue_window: the budget's N invitations per rolling window are used;
 * - outranked: a higher-priority rule won the same customer (in the same planning, or by displacing a
 *   lower-priority invitation that was planned and not yet sent);
 * and, found by the sender when a planned invitation is due (sending.ts), besides `opted_out`:
 * - rule_disabled: its rule was switched off or deleted since it was planned;
 * - survey_inactive: its survey was set back to draft, archived or deleted since it was planned.
 */
export const SKIP_REASONS = [
  'condition_false',
  'sampled_out',
  'opted_out',
  'duplicate',
  'recontact',
  'fatigue_spacing',
  'fatigue_window',
  'outranked',
  'rule_disabled',
  'survey_inactive',
] as const;
/** A skip's reason code. */
export type TSkipReason = (typeof SKIP_REASONS)[number];

/** The statuses that count against the fatigue budget and the recontact period (reached or will reach). */
export const COUNTED_STATUSES: readonly TInvitationStatus[] = ['planned', 'sending', 'sent', 'answered'];

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time HH:MM, e.g. 21:00');

/** What starts an invitation. */
export const ZInvitationTrigger = z
  .discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('moment'), journey: ZKey, touchpoint: ZKey })
      .describe('A moment at this touchpoint of this journey'),
    z
      .object({
        kind: z.literal('episode_end'),
        journey: ZKey,
        idleHours: z.number().int().min(1).max(720),
      })
      .describe("An episode's end: no moment in it for `idleHours` after its last one"),
    z
      .object({ kind: z.literal('case_closed'), journey: ZKey.optional() })
      .describe('A service-recovery case closed (of this journey, or any)'),
    z
      .object({ kind: z.literal('schedule'), journey: ZKey, everyDays: z.number().int().min(1).max(366) })
      .describe('Every `everyDays` days: each customer with a moment in the journey during the last period'),
  ])
  .describe('What starts an invitation');
/** A rule's trigger. */
export type TInvitationTrigger = z.infer<typeof ZInvitationTrigger>;

/** A condition on a segment attribute of the customer (or of the moment, which wins). */
export const ZAttributeCondition = z
  .object({
    attribute: storable(z.string().min(1).max(100)),
    op: z.enum(['eq', 'ne', 'in', 'not_in', 'exists']),
    values: z.array(z.union([storable(z.string().max(200)), z.number().finite(), z.boolean()])).max(100),
  })
  .refine((c) => c.op === 'exists' || c.values.length > 0, {
    message: 'name at least one value (only `exists` takes none)',
    path: ['values'],
  })
  .refine((c) => !['eq', 'ne'].includes(c.op) || c.values.length === 1, {
    message: '`eq` and `ne` take exactly one value',
    path: ['values'],
  });
/** One attribute condition. */
export type TAttributeCondition = z.infer<typeof ZAttributeCondition>;

/** A rule's conditions: every attribute condition holds and the moment's experience value is in range. */
export const ZRuleConditions = z
  .object({
    attributes: z.array(ZAttributeCondition).max(LIMITS.maxAttributes).default([]),
    experience: z
      .object({ min: z.number().finite().optional(), max: z.number().finite().optional() })
      .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
        message: 'min must not exceed max',
        path: ['max'],
      })
      .optional()
      .describe("The moment's experience value range (both ends included); a trigger without one fails it"),
  })
  .describe('Conditions the trigger must meet');
/** A rule's conditions. */
export type TRuleConditions = z.infer<typeof ZRuleConditions>;

/** Local hours in which nothing is sent (e.g. 21:00 to 08:00): a send due then waits for `end`. */
export const ZQuietHours = z
  .object({ start: ZClock, end: ZClock })
  .refine((q) => q.start !== q.end, { message: 'quiet hours must not start and end together', path: ['end'] })
  .describe("Local quiet hours in the workspace's time zone; may pass midnight (21:00 to 08:00)");
/** Quiet hours. */
export type TQuietHours = z.infer<typeof ZQuietHours>;

/** The editable part of a distribution rule (the HTTP body and the web form). */
export const ZDistributionRuleInput = z.object({
  key: ZKey,
  name: storable(z.string().min(1).max(LIMITS.maxNameLength)),
  survey: ZKey.describe('The survey invited to (its key)'),
  enabled: z.boolean().default(false),
  trigger: ZInvitationTrigger,
  conditions: ZRuleConditions.default({ attributes: [] }),
  sampling: z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .describe('Share of the matching triggers invited, 0..1, decided by a hash (the same on every re-plan)'),
  delayMinutes: z
    .number()
    .int()
    .min(0)
    .max(43_200)
    .default(0)
    .describe('Minutes from the trigger to sending'),
  quietHours: ZQuietHours.nullable().default({ start: '21:00', end: '08:00' }),
  recontactDays: z
    .number()
    .int()
    .min(0)
    .max(3650)
    .default(30)
    .describe('Days before the same customer may get this survey again'),
  channel: z.enum(INVITATION_CHANNELS).default('link'),
  priority: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(50)
    .describe('Higher wins when rules compete for a customer (a recovery check outranks a routine CSAT)'),
  reminderAfterHours: z
    .number()
    .int()
    .min(1)
    .max(336)
    .nullable()
    .default(null)
    .describe('One reminder this many hours after sending when not answered (not counted in the budget)'),
});
/** A distribution rule as written. */
export type TDistributionRuleInput = z.input<typeof ZDistributionRuleInput>;
/** A distribution rule, defaults filled in. */
export type TDistributionRule = z.output<typeof ZDistributionRuleInput>;

/** The workspace's ONE fatigue budget per customer, across every survey and channel. */
export const ZFatigueBudget = z
  .object({
    maxInvitations: z.number().int().min(1).max(100).describe('At most this many invitations ...'),
    windowDays: z.number().int().min(1).max(365).describe('... in any rolling window of this many days'),
    minDaysApart: z.number().min(0).max(365).describe('At least this many days between two invitations'),
  })
  .describe(
    'At most N invitations per rolling window of W days, at least D days apart; reminders not counted',
  );
/** A fatigue budget. */
export type TFatigueBudget = z.infer<typeof ZFatigueBudget>;

/** The budget a workspace starts with: 2 invitations per 30 days, 7 days apart. */
export const DEFAULT_FATIGUE_BUDGET: TFatigueBudget = { maxInvitations: 2, windowDays: 30, minDaysApart: 7 };
