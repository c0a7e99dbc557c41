import { Card, Descriptions, Empty, Flex, Statistic, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, localName } from '../../lib/format.ts';
import type { TEvaluationOut } from './api.ts';
import { effectValue, formatLevel } from './labels.ts';

/** The difference-in-differences against the comparison, and what the comparison was. */
export function ComparisonCard({ result }: { result: TEvaluationOut }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { evaluation, comparison } = result;
  const did = evaluation.did;
  const kind = evaluation.kind;
  const digits = kind === 'mean' ? 2 : 1;
  const unit = kind === 'mean' ? '' : kind === 'rate' ? t('pp') : t('points');
  const signed = (v: number) => `${v > 0 ? '+' : ''}${formatNumber(effectValue(v, kind), digits)}`;
  const what =
    comparison.kind === 'segment'
      ? Object.entries(comparison.segment ?? {})
          .map(([attribute, values]) => `${attribute}: ${values.join(', ')}`)
          .join(' · ')
      : comparison.touchpoints
          .map((tp) => localName({ key: tp.touchpoint, name: tp.name, names: tp.names ?? undefined }))
          .join(' · ');
  return (
    <Card
      title={t('Against the comparison (difference-in-differences)')}
      size="small"
      style={{ flex: 1, minWidth: 300 }}
    >
      <Flex vertical gap={token.margin}>
        <Flex gap={token.marginXS} wrap align="center">
          <Typography.Text type="secondary">{t('Compared with')}</Typography.Text>
          <Typography.Text>{comparison.kind === 'none' ? t('nothing') : what}</Typography.Text>
          {comparison.suggested && <Tag color="blue">{t('suggested')}</Tag>}
        </Flex>
        {!did ? (
          <Empty
            description={
              comparison.kind === 'none'
                ? t('No comparison: only the before/after is shown.')
                : t('The comparison has no observations before or after the start.')
            }
          />
        ) : (
          <>
            <Flex gap={token.marginXL} wrap>
              <Statistic title={t('Effect')} value={signed(did.estimate.estimate)} suffix={unit} />
              <Statistic
                title={t('Comparison’s own change')}
                value={signed(did.comparisonChange.estimate)}
                suffix={unit}
              />
            </Flex>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('95% interval (clustered by customer)')}>
                {`${signed(did.estimate.lower)} – ${signed(did.estimate.upper)} ${unit}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('Comparison before → after')}>
                {`${formatLevel(did.cells.comparisonBefore.mean, kind)} → ${formatLevel(did.cells.comparisonAfter.mean, kind)}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('Customers')}>
                {t('{{treated}} treated, {{comparison}} in the comparison', {
                  treated: formatNumber(evaluation.counts.treatedClusters, 0),
                  comparison: formatNumber(evaluation.counts.comparisonClusters, 0),
                })}
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Flex>
    </Card>
  );
}
