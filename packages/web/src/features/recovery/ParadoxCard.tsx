import { Card, Empty, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart/Chart.tsx';
import type { TTouchpointRecovery } from './api.ts';
import { paradoxOption } from './paradox-chart.ts';
import type { TParadoxPoint } from './paradox-chart.ts';

/**
 * The recovery paradox per touchpoint: do customers whose problem was solved end up more satisfied than
 * those who never hit a floor there? Welch 95% intervals of the difference of mean satisfaction.
 */
export function ParadoxCard({
  rows,
  nameOf,
}: {
  rows: TTouchpointRecovery[];
  nameOf: (r: TTouchpointRecovery) => string;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const points: TParadoxPoint[] = rows.flatMap((r) => {
    const d = r.paradox.meanDifference;
    return d
      ? [
          {
            name: nameOf(r),
            estimate: d.estimate,
            lower: d.lower,
            upper: d.upper,
            n: [r.paradox.recovered.n, r.paradox.neverBreached.n] as [number, number],
          },
        ]
      : [];
  });
  return (
    <Card title={t('The recovery paradox')} size="small">
      <Typography.Paragraph type="secondary">
        {t(
          'Satisfaction (1-5) of customers whose problem the callback confirmed solved, minus that of customers who never hit a floor at the touchpoint, with its 95% interval. Right of zero with the whole bar: recovered customers are more satisfied.',
        )}
      </Typography.Paragraph>
      {points.length === 0 ? (
        <Empty description={t('Not enough callbacks with a satisfaction yet (two per group at least).')} />
      ) : (
        <Chart
          option={paradoxOption(points, t, token)}
          height={Math.max(160, 48 * points.length + 60)}
          label={t('The recovery paradox')}
        />
      )}
    </Card>
  );
}
