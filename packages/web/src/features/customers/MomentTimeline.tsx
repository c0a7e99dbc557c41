import { Flex, Tag, theme, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import type { TTimelineMoment } from './api.ts';
import type { TNames } from './names.ts';
import { CommentWithSentiment } from '../../components/sentiment-tag/CommentWithSentiment.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { statusColour, valueStatus } from './labels.ts';
import { newestFirst } from './status.ts';

/**
 * Every moment, newest at the top: a customer calls about what just happened, so the latest moment is where
 * the eye lands (the worst one is pinned above the timeline). Each shows its experience value, breaches,
 * rating, measures and comment with its sentiment (class, score and confidence) and themes.
 */
export function MomentTimeline({
  moments,
  names,
  onPickEpisode,
}: {
  moments: readonly TTimelineMoment[];
  names: TNames;
  onPickEpisode: (journey: string, episode: string) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Timeline
      items={newestFirst(moments).map((m) => {
        const status = valueStatus(m.experience, m.breaches.length);
        return {
          key: m.eventId,
          color: statusColour(status, token),
          content: (
            <Flex vertical gap={2}>
              <Flex gap={token.marginSM} wrap align="baseline">
                <Typography.Text strong>{names.touchpoint(m.journey, m.touchpoint)}</Typography.Text>
                <Typography.Text type="secondary">{formatDateTime(m.occurredAt)}</Typography.Text>
                <ToneTag tone={status}>
                  {t('Experience {{value}}', { value: formatNumber(m.experience, 2) })}
                </ToneTag>
                {m.rating !== null && (
                  <Tag>{t('Rating {{value}}', { value: formatNumber(m.rating, 1) })}</Tag>
                )}
                {m.breaches.map((b, i) => (
                  <Tag key={i} color={token.colorErrorTextActive} variant="solid">
                    {b.measure === null
                      ? t('Rating {{value}} below floor {{floor}}', {
                          value: formatNumber(b.value, 1),
                          floor: formatNumber(b.floor, 1),
                        })
                      : t('{{measure}}, beyond floor {{floor}}', {
                          measure: names.measure(m.journey, m.touchpoint, b.measure, b.value),
                          floor: formatNumber(b.floor, 2),
                        })}
                  </Tag>
                ))}
                <Typography.Link onClick={() => onPickEpisode(m.journey, m.episode)}>
                  {t('Episode {{key}}', { key: m.episode })}
                </Typography.Link>
              </Flex>
              {Object.keys(m.measures).length > 0 && (
                <Typography.Text type="secondary">
                  {Object.entries(m.measures)
                    .map(([key, value]) => names.measure(m.journey, m.touchpoint, key, value))
                    .join(' · ')}
                </Typography.Text>
              )}
              {m.comment && <CommentWithSentiment comment={m.comment} sentiment={m.sentiment} />}
            </Flex>
          ),
        };
      })}
    />
  );
}
