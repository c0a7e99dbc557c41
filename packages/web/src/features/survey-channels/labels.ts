import type { TFunction } from 'i18next';
import type { TTone } from '../../components/tone-tag/ToneTag.tsx';
import type { TChannelDelivery, TChannelKind } from './api.ts';

/** A channel kind's name. */
export function kindLabel(kind: string, t: TFunction): string {
  const labels: Record<TChannelKind, string> = {
    sms: t('SMS'),
    wechat: t('WeChat template message'),
    email: t('E-mail'),
    phone: t('Phone'),
  };
  return labels[kind as TChannelKind] ?? kind;
}

/** A delivery's status, with whether it will be retried. */
export function statusLabel(d: Pick<TChannelDelivery, 'status' | 'retry'>, t: TFunction): string {
  if (d.status === 'sent') return t('Sent');
  if (d.status === 'not_sendable') return t('Not sendable');
  return d.retry ? t('Failed, will retry') : t('Failed');
}

/** The tone of a delivery's status. */
export const statusTone = (d: Pick<TChannelDelivery, 'status' | 'retry'>): TTone =>
  d.status === 'sent' ? 'good' : d.status === 'failed' && d.retry ? 'mixed' : 'bad';
