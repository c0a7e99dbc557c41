/** The filters of the results page as the API takes them (segment attributes as `segment.<attr>`). */
import { periodRange } from '../../lib/period.ts';
import type { TPeriod } from '../../lib/period.ts';

/** The languages and channels answers are filtered by. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export const CHANNELS = ['link', 'sms', 'wechat', 'email', 'phone', 'qr'] as const;
export type TChannel = (typeof CHANNELS)[number];

/** What the page's controls hold. */
export type TResultsFilters = {
  period: TPeriod;
  language: (typeof LANGUAGES)[number] | undefined;
  channel: TChannel | undefined;
  /** A customer attribute and its value, e.g. region = 华东. */
  segment: { attribute: string; value: string } | undefined;
};

/** The query of the results routes. */
export type TResultsQuery = {
  from: string;
  to: string;
  labels: 'en' | 'zh-CN';
  language?: 'en' | 'zh-CN';
  channel?: TChannel;
} & Record<`segment.${string}`, string>;

/** The query for `filters`, labels in the page's language. */
export function resultsQuery(filters: TResultsFilters, uiLanguage: string, now = Date.now()): TResultsQuery {
  const query: TResultsQuery = {
    ...periodRange(filters.period, now),
    labels: uiLanguage === 'zh-CN' ? 'zh-CN' : 'en',
  };
  if (filters.language) query.language = filters.language;
  if (filters.channel) query.channel = filters.channel;
  const segment = filters.segment;
  if (segment && segment.attribute.trim() !== '' && segment.value.trim() !== '')
    query[`segment.${segment.attribute.trim()}`] = segment.value.trim();
  return query;
}
