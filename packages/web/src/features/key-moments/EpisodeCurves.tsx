import { Alert, Button, Empty, Flex, Form, Input, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { episodeCurve } from '../../components/emotion-curve/curve.ts';
import type { TNamedCurve } from '../../components/emotion-curve/EmotionCurveChart.tsx';
import { EmotionCurveChart } from '../../components/emotion-curve/EmotionCurveChart.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TAnalysisFilter, TTypicalEpisodes } from './api.ts';
import { useEpisode, useTypicalEpisodes } from './api.ts';
import { AnalysisStatus } from './AnalysisStatus.tsx';

type TTypical = NonNullable<TTypicalEpisodes['good']>;

/** One line per typical episode: which it is, its score and the median of its group. */
function TypicalLegend({ good, bad }: { good: TTypical | null; bad: TTypical | null }) {
  const { t } = useTranslation();
  const line = (label: string, e: TTypical) =>
    t(
      '{{label}}: episode {{key}} of customer {{customer}}, score {{score}} (median of its {{count}} episodes {{median}})',
      {
        label,
        key: e.key,
        customer: e.customer,
        score: formatNumber(e.score, 1),
        count: e.groupSize,
        median: formatNumber(e.medianScore, 1),
      },
    );
  return (
    <Flex vertical>
      {good && <Typography.Text type="secondary">{line(t('Typical good'), good)}</Typography.Text>}
      {bad && <Typography.Text type="secondary">{line(t('Typical bad'), bad)}</Typography.Text>}
    </Flex>
  );
}

/**
 * Emotion curves of a typical good and a typical bad episode (the server picks them: nearest the median
 * score of the best and the worst quarter by outcome), and of any episode the user names by its key.
 */
export function EpisodeCurves({
  journey,
  filter,
  nameOf,
}: {
  journey: string;
  filter: Omit<TAnalysisFilter, 'segment'>;
  nameOf: (key: string) => string;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const [picked, setPicked] = useState<{ key: string; customer?: string }>({ key: '' });
  const typical = useTypicalEpisodes(journey, filter);
  const episode = useEpisode(journey, picked.key, picked.customer);
  const shown = typical.data?.result ?? null;
  const curves = useMemo(() => {
    const list: TNamedCurve[] = [];
    if (shown?.good)
      list.push({
        name: t('Typical good'),
        curve: episodeCurve(shown.good.moments),
        colour: token.colorSuccess,
      });
    if (shown?.bad)
      list.push({ name: t('Typical bad'), curve: episodeCurve(shown.bad.moments), colour: token.colorError });
    if (episode.data)
      list.push({
        name: t('Episode {{key}}', { key: episode.data.key }),
        curve: episodeCurve(episode.data.moments),
        colour: token.colorPrimary,
      });
    return list;
  }, [shown, episode.data, t, token]);
  const notFound = episode.error instanceof ApiError ? episode.error.message : null;
  return (
    <Flex vertical gap={token.margin}>
      <AnalysisStatus answer={typical.data} fetching={typical.isFetching} />
      {typical.error instanceof ApiError && <Alert type="warning" showIcon title={typical.error.message} />}
      {shown && <TypicalLegend good={shown.good} bad={shown.bad} />}
      {can('customers:read') && (
        <Form
          layout="inline"
          onFinish={(values: { key?: string; customer?: string }) =>
            setPicked({
              key: values.key?.trim() ?? '',
              ...(values.customer?.trim() ? { customer: values.customer.trim() } : {}),
            })
          }
        >
          <Form.Item name="key" label={t('Episode key')}>
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="customer" label={t('Customer (when several share the key)')}>
            <Input allowClear style={{ width: 160 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={episode.isFetching}>
              {t('Show curve')}
            </Button>
          </Form.Item>
        </Form>
      )}
      {notFound && <Alert type="warning" showIcon title={notFound} />}
      {curves.length > 0 ? (
        <EmotionCurveChart curves={curves} nameOf={nameOf} />
      ) : (
        <Empty
          description={
            shown
              ? t('No typical episode: too few episodes with an outcome in this period.')
              : t(
                  'Enter an episode key (from a customer timeline or the breach feed) to draw its emotion curve.',
                )
          }
        />
      )}
    </Flex>
  );
}
