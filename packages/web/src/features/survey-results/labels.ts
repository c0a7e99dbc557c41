/** Names of channels, languages and sentiment classes, and the tone of a sentiment, in the current language. */
import type { TFunction } from 'i18next';
import type { TTone } from '../../components/tone-tag/ToneTag.tsx';
import type { TSentimentClass } from './api.ts';

/** A link channel's name. */
export function channelLabel(channel: string, t: TFunction): string {
  switch (channel) {
    case 'link':
      return t('Link (own systems)');
    case 'sms':
      return t('SMS');
    case 'wechat':
      return t('WeChat');
    case 'email':
      return t('E-mail');
    case 'phone':
      return t('Phone');
    case 'qr':
      return t('QR code');
    case 'all':
      return t('All channels');
    default:
      return channel;
  }
}

/** A language's name. */
export function languageLabel(language: string, t: TFunction): string {
  return language === 'zh-CN' ? t('Chinese') : language === 'en' ? t('English') : language;
}

/** A sentiment class's name. */
export function sentimentLabel(label: TSentimentClass, t: TFunction): string {
  return label === 'positive' ? t('Positive') : label === 'negative' ? t('Negative') : t('Neutral');
}

/** How good a sentiment class is. */
export const sentimentTone: Record<TSentimentClass, TTone> = {
  positive: 'good',
  neutral: 'none',
  negative: 'bad',
};
