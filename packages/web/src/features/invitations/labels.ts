/** Names of the invitation codes (reasons, statuses, channels, triggers) in the user's language. */
import type { TFunction } from 'i18next';
import type { TTone } from '../../components/tone-tag/ToneTag.tsx';
import type { TInvitation, TRule } from './api.ts';

/** The skip reasons, in the order the planner checks them, then those the sender finds when one is due. */
export const REASONS = [
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

/** The statuses of an invitation. */
export const STATUSES = ['planned', 'sending', 'sent', 'failed', 'skipped', 'answered'] as const;

/** The channels. */
export const CHANNELS = ['link', 'sms', 'wechat', 'email', 'phone'] as const;

/** Why an invitation was not sent. */
export function reasonLabel(reason: string, t: TFunction): string {
  const labels: Record<(typeof REASONS)[number], string> = {
    condition_false: t('Conditions not met'),
    sampled_out: t('Not in the sample'),
    opted_out: t('Unsubscribed'),
    duplicate: t('Already invited for this episode'),
    recontact: t('Within the recontact period'),
    fatigue_spacing: t('Budget: too soon after another invitation'),
    fatigue_window: t('Budget: window used up'),
    outranked: t('A higher-priority rule won'),
    rule_disabled: t('Rule switched off or deleted before sending'),
    survey_inactive: t('Survey no longer active before sending'),
  };
  return labels[reason as (typeof REASONS)[number]] ?? reason;
}

/** An invitation's status. */
export function statusLabel(status: string, t: TFunction): string {
  const labels: Record<(typeof STATUSES)[number], string> = {
    planned: t('Planned'),
    sending: t('Sending'),
    sent: t('Sent'),
    failed: t('Failed'),
    skipped: t('Skipped'),
    answered: t('Answered'),
  };
  return labels[status as (typeof STATUSES)[number]] ?? status;
}

/** The tone of a status. */
export const statusTone = (status: TInvitation['status']): TTone =>
  status === 'answered' || status === 'sent'
    ? 'good'
    : status === 'failed'
      ? 'bad'
      : status === 'skipped'
        ? 'none'
        : 'mixed';

/** A channel's name. */
export function channelLabel(channel: string, t: TFunction): string {
  const labels: Record<(typeof CHANNELS)[number], string> = {
    link: t('Link (sent by our systems)'),
    sms: t('SMS'),
    wechat: t('WeChat template message'),
    email: t('E-mail'),
    phone: t('Phone'),
  };
  return labels[channel as (typeof CHANNELS)[number]] ?? channel;
}

/** What starts a rule, in a few words. */
export function triggerLabel(trigger: TRule['trigger'], t: TFunction): string {
  switch (trigger.kind) {
    case 'moment':
      return t('A moment at {{touchpoint}} ({{journey}})', {
        touchpoint: trigger.touchpoint,
        journey: trigger.journey,
      });
    case 'episode_end':
      return t('Episode end after {{hours}} h without a moment', { hours: trigger.idleHours });
    case 'case_closed':
      return t('A case closed');
    case 'schedule':
      return t('Every {{days}} days', { days: trigger.everyDays });
  }
}

/** An attribute condition's operator, as the form reads it ("tier" is one of ...). */
export function opLabel(op: string, t: TFunction): string {
  const labels: Record<string, string> = {
    in: t('is one of'),
    not_in: t('is none of'),
    eq: t('is'),
    ne: t('is not'),
    exists: t('has a value'),
  };
  return labels[op] ?? op;
}

/** A rule's conditions in a few words: "tier is one of gold, platinum · experience value 0 to 6". */
export function conditionsLabel(conditions: TRule['conditions'], t: TFunction): string {
  const parts = conditions.attributes.map((c) =>
    c.op === 'exists'
      ? `${c.attribute} ${opLabel(c.op, t)}`
      : `${c.attribute} ${opLabel(c.op, t)} ${c.values.map(String).join(', ')}`,
  );
  const range = conditions.experience;
  if (range) {
    parts.push(
      range.min !== undefined && range.max !== undefined
        ? t('experience value {{min}} to {{max}}', { min: range.min, max: range.max })
        : range.min !== undefined
          ? t('experience value at least {{min}}', { min: range.min })
          : t('experience value at most {{max}}', { max: range.max }),
    );
  }
  return parts.join(' · ');
}
