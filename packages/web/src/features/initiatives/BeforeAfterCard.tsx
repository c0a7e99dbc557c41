import { Card, Descriptions, Empty, Flex, Statistic, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import type { TEvaluation } from './api.ts';
import { effectValue, formatLevel } from './labels.ts';

const METHODS = { welch: 'Welch', newcombe: 'Newcombe', nps_wald: 'NPS (Wald)' } as const;

/** The treated group before and after the start, with the change and its interval. */
export function BeforeAfterCard({ evaluation, title }: { evaluation: TEvaluation; title: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const ba = evaluation.beforeAfter;
  const digits = evaluation.kind === 'mean' ? 2 : 1;
  const unit = evaluation.kind === 'mean' ? '' : evaluation.kind === 'rate' ? t('pp') : t('points');
  const signed = (v: number) => `${v > 0 ? '+' : ''}${formatNumber(effectValue(v, evaluation.kind), digits)}`;
  return (
    <Card title={title} size="small" style={{ flex: 1, minWidth: 300 }}>
      {!ba ? (
        <Empty
          description={t('The initiative’s touchpoints need observations before and after the start.')}
        />
      ) : (
        <Flex vertical gap={token.margin}>
          <Flex gap={token.marginXL} wrap>
            <Statistic title={t('Before')} value={formatLevel(ba.before.mean, evaluation.kind)} />
            <Statistic title={t('After')} value={formatLevel(ba.after.mean, evaluation.kind)} />
            <Statistic title={t('Change')} value={signed(ba.difference.estimate)} suffix={unit} />
          </Flex>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('95% interval')}>
              {`${signed(ba.difference.lower)} – ${signed(ba.difference.upper)} ${unit}`}
              <Typography.Text type="secondary">{`\u00a0(${METHODS[ba.method]})`}</Typography.Text>
            </Descriptions.Item>
            {ba.clustered && (
              <Descriptions.Item label={t('Clustered by customer')}>
                {`${signed(ba.clustered.lower)} – ${signed(ba.clustered.upper)} ${unit}`}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('Observations')}>
              {t('{{before}} before, {{after}} after ({{customers}} customers)', {
                before: formatNumber(ba.before.n, 0),
                after: formatNumber(ba.after.n, 0),
                customers: formatNumber(evaluation.counts.treatedClusters, 0),
              })}
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      )}
    </Card>
  );
}
