/** How the notification pages name channel kinds, events and delivery states, in the current language. */
import type { TNotificationEvent } from '@mot/core/loop/types';
import type { TFunction } from 'i18next';
import type { TTone } from '../../components/tone-tag/ToneTag.tsx';
import type { TChannel, TDelivery } from './api.ts';

/** The kinds of channel, in the order the form offers them. */
export const CHANNEL_KINDS: Array<TChannel['kind']> = ['wecom', 'dingtalk', 'webhook', 'slack', 'email'];

/** The name of a channel kind. */
export function kindLabel(kind: TChannel['kind'], t: TFunction): string {
  switch (kind) {
    case 'webhook':
      return t('Signed webhook');
    case 'wecom':
      return t('WeCom group robot');
    case 'dingtalk':
      return t('DingTalk robot');
    case 'slack':
      return t('Slack');
    case 'email':
      return t('E-mail');
  }
}

/** The events a channel can receive. */
export const EVENTS: TNotificationEvent[] = [
  'case.created',
  'case.escalated',
  'case.overdue',
  'alert.systemic',
];

/** The name of an event (or of a test or digest delivery). */
export function eventLabel(event: string, t: TFunction): string {
  switch (event) {
    case 'case.created':
      return t('New case');
    case 'case.escalated':
      return t('Case escalated');
    case 'case.overdue':
      return t('Case overdue');
    case 'alert.systemic':
      return t('Systemic alert');
    case 'test':
      return t('Test message');
    case 'digest':
      return t('Digest');
    default:
      return event;
  }
}

/** The name of a delivery state. */
export function deliveryStateLabel(state: TDelivery['state'], t: TFunction): string {
  switch (state) {
    case 'pending':
      return t('Sending');
    case 'waiting':
      return t('Waiting for the digest');
    case 'delivered':
      return t('Delivered');
    case 'digested':
      return t('Sent in a digest');
    case 'failed':
      return t('Failed');
  }
}

/** The tone of a delivery state. */
export function deliveryStateTone(state: TDelivery['state']): TTone {
  return state === 'delivered' || state === 'digested' ? 'good' : state === 'failed' ? 'bad' : 'mixed';
}

/** The name of an attempt's outcome. */
export function attemptLabel(status: TDelivery['attempts'][number]['status'], t: TFunction): string {
  switch (status) {
    case 'sending':
      return t('Sending');
    case 'ok':
      return t('Delivered');
    case 'retry':
      return t('Will retry');
    case 'failed':
      return t('Failed');
    case 'refused':
      return t('Refused: private address');
  }
}

/** Where a channel sends, as shown in the list. */
export function destinationOf(channel: TChannel): string {
  const config = channel.config as Record<string, unknown>;
  if (channel.kind === 'email') {
    const to = Array.isArray(config['to']) ? (config['to'] as string[]).join(', ') : '';
    return `${String(config['host'] ?? '')}:${String(config['port'] ?? '')} → ${to}`;
  }
  return String(config['url'] ?? '');
}
