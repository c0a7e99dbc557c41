import { Card, Empty, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart/Chart.tsx';
import type { TEvaluationOut } from './api.ts';
import { eventStudyOption } from './event-study-chart.ts';
import { metricLabel } from './labels.ts';

/** The effect week by week around the start, with its intervals: flat before the start if trends were parallel. */
export function EventStudyCard({ result }: { result: TEvaluationOut }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { evaluation } = result;
  const kind = evaluation.kind;
  const metric = metricLabel(result.metric, t);
  const axisName =
    kind === 'rate'
      ? t('{{metric}}, percentage points', { metric })
      : kind === 'nps'
        ? t('{{metric}}, points', { metric })
        : metric;
  const shown = evaluation.eventStudy.weeks.filter((w) => w.estimate !== null).length;
  return (
    <Card title={t('Effect by week (event study)')} size="small">
      <Typography.Paragraph type="secondary">
        {evaluation.eventStudy.versus === 'comparison'
          ? t(
              'Each week’s difference from the week before the start, beyond the comparison’s, with its 95% interval. Before the start the dots should sit around zero.',
            )
          : t(
              'Each week’s difference from the week before the start, with its 95% interval (no comparison).',
            )}
      </Typography.Paragraph>
      {shown === 0 ? (
        <Empty description={t('No week has enough data to show.')} />
      ) : (
        <Chart
          option={eventStudyOption(evaluation, axisName, t, token)}
          height={320}
          label={t('Event study of {{metric}}: {{count}} weeks around the start', { metric, count: shown })}
        />
      )}
    </Card>
  );
}
