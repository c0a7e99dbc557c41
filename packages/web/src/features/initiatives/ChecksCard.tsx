import { Alert, Card, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import type { TEvaluation } from './api.ts';
import { cautionText, effectValue } from './labels.ts';

/** The parallel-trend check and the cautions: what could make the verdict wrong. */
export function ChecksCard({ evaluation }: { evaluation: TEvaluation }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const trends = evaluation.parallelTrends;
  const slope = trends?.slopeDifference;
  const digits = evaluation.kind === 'mean' ? 3 : 2;
  const cautions = evaluation.cautions.filter((c) => c !== 'pre_trend_differs');
  return (
    <Card title={t('Checks')} size="small">
      <Flex vertical gap={token.marginXS}>
        {trends && (
          <Alert
            type={trends.differs ? 'warning' : 'success'}
            showIcon
            title={trends.differs ? t('Pre-period trends differ') : t('Pre-period trends are parallel')}
            description={[
              trends.differs
                ? cautionText('pre_trend_differs', t)
                : t('Before the start, the treated and comparison groups moved alike.'),
              slope
                ? t('Difference of weekly slopes: {{value}} ({{lower}} to {{upper}}).', {
                    value: formatNumber(effectValue(slope.estimate, evaluation.kind), digits),
                    lower: formatNumber(effectValue(slope.lower, evaluation.kind), digits),
                    upper: formatNumber(effectValue(slope.upper, evaluation.kind), digits),
                  })
                : '',
              trends.joint
                ? t('Joint test of the pre-period weeks: p = {{p}} over {{weeks}} weeks.', {
                    p: trends.joint.p < 0.001 ? '< 0.001' : trends.joint.p.toFixed(3),
                    weeks: trends.preWeeks,
                  })
                : '',
            ]
              .filter(Boolean)
              .join(' ')}
          />
        )}
        {cautions.map((code) => (
          <Alert key={code} type="warning" showIcon title={cautionText(code, t)} />
        ))}
        {!trends && cautions.length === 0 && (
          <Alert type="info" showIcon title={t('No comparison group, so no parallel-trend check.')} />
        )}
      </Flex>
    </Card>
  );
}
