/** Names of channels and languages, in the current language. */
import type { TFunction } from 'i18next';

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
