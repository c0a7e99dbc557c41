/** Display names of the journey model's codes (channels, stage kinds, directions), in the current language. */
import type { TFunction } from 'i18next';

/** A touchpoint's channel. */
export function channelLabel(channel: string, t: TFunction): string {
  const labels: Record<string, string> = {
    phone: t('Phone'),
    store: t('Store'),
    on_site: t('On site'),
    app: t('App'),
    web: t('Web'),
    sms: t('SMS'),
    wechat: t('WeChat'),
    email: t('Email'),
    chat: t('Chat'),
    mail: t('Mail'),
    other: t('Other'),
  };
  return labels[channel] ?? channel;
}

/** A stage's kind (the MOT method's default stages). */
export function stageKindLabel(kind: string, t: TFunction): string {
  const labels: Record<string, string> = {
    pre_contact: t('Pre-contact'),
    delivery: t('Service delivery'),
    problem_handling: t('Problem handling'),
    follow_up: t('Follow-up'),
    custom: t('Custom'),
  };
  return labels[kind] ?? kind;
}

/** A measure's direction. */
export function directionLabel(direction: string, t: TFunction): string {
  return direction === 'lower_is_better' ? t('Lower is better') : t('Higher is better');
}
