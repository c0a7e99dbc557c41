import { Card, Empty, theme, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { episodeCurve } from '../../components/emotion-curve/curve.ts';
import { EmotionCurveChart } from '../../components/emotion-curve/EmotionCurveChart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useCustomerEpisode } from './api.ts';

/** The emotion curve of one of the customer's episodes. */
export function EpisodeCurveCard({
  journey,
  episode,
  customer,
  nameOf,
}: {
  journey: string;
  episode: string;
  customer: string;
  nameOf: (journey: string, touchpoint: string) => string;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const query = useCustomerEpisode(journey, episode, customer);
  const name = useMemo(() => (touchpoint: string) => nameOf(journey, touchpoint), [journey, nameOf]);
  const curves = useMemo(
    () =>
      query.data
        ? [
            {
              name: t('Episode {{key}}', { key: query.data.key }),
              curve: episodeCurve(query.data.moments),
              colour: token.colorPrimary,
            },
          ]
        : [],
    [query.data, t, token],
  );
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
          {t('Emotion curve of episode {{key}}', { key: episode })}
        </Typography.Title>
      }
    >
      <QueryState query={query} rows={6}>
        {(e) =>
          curves[0] && curves[0].curve.points.length > 0 ? (
            <>
              <Typography.Text type="secondary">
                {formatDateTime(e.startedAt)} – {formatDateTime(e.endedAt)}
              </Typography.Text>
              <EmotionCurveChart curves={curves} nameOf={name} height={240} />
            </>
          ) : (
            <Empty description={t('No moment of this episode has an experience value.')} />
          )
        }
      </QueryState>
    </Card>
  );
}
