import type { TFloorSuggestion, TMeasure } from '@mot/core';
import { Card, Flex, theme, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart/Chart.tsx';
import { formatMeasureValue, formatNumber, formatPercent, localName } from '../../lib/format.ts';
import type { TTouchpointStats } from './api.ts';
import type { TMark } from './charts.ts';
import { distributionOption } from './charts.ts';

/**
 * One measure's distribution with its target and floor drawn on it, and the floor the analysis suggests (the
 * value beyond which the outcome drops), with the drop and its interval.
 */
export function MeasureDistribution({
  measure,
  figures,
  suggestion,
}: {
  measure: TMeasure;
  figures: TTouchpointStats['measures'][number];
  suggestion: TFloorSuggestion | undefined;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const marks = useMemo(() => {
    const list: TMark[] = [];
    if (measure.standard) {
      list.push({ name: t('Target'), value: measure.standard.target, colour: token.colorSuccess });
      list.push({ name: t('Floor'), value: measure.standard.floor, colour: token.colorError });
    }
    if (suggestion)
      list.push({
        name: t('Suggested floor'),
        value: suggestion.threshold,
        colour: token.purple6,
        dashed: true,
      });
    return list;
  }, [measure, suggestion, t, token]);
  const option = useMemo(
    () => distributionOption(figures.histogram, marks, t, token),
    [figures.histogram, marks, t, token],
  );
  const name = localName(measure);
  return (
    <Card size="small" title={<Typography.Text strong>{name}</Typography.Text>}>
      <Flex vertical gap={token.marginXS}>
        <Typography.Text type="secondary">
          {t('{{n}} moments, mean {{mean}}; meets the target {{meets}}, beyond the floor {{beyond}}', {
            n: formatNumber(figures.n, 0),
            mean: formatMeasureValue(figures.mean, measure.unit),
            meets: formatPercent(figures.meetsTarget),
            beyond: formatPercent(figures.beyondFloor),
          })}
        </Typography.Text>
        {figures.n > 0 ? (
          <Chart
            option={option}
            height={200}
            label={t('Distribution of {{measure}} over {{n}} moments', { measure: name, n: figures.n })}
          />
        ) : (
          <Typography.Text type="secondary">{t('No value in this period')}</Typography.Text>
        )}
        <Flex gap={token.margin} wrap>
          {marks.map((m) => (
            <Typography.Text key={m.name}>
              <span aria-hidden style={{ color: m.colour, fontWeight: 700 }}>
                {m.dashed ? '┆' : '│'}
              </span>{' '}
              {m.name} {formatMeasureValue(m.value, measure.unit)}
            </Typography.Text>
          ))}
        </Flex>
        {suggestion && (
          <Typography.Text>
            {t(
              'Suggested floor {{threshold}}: beyond it the outcome drops by {{drop}} (interval {{lower}} to {{upper}}; {{n}} pairs, p = {{p}}).',
              {
                threshold: formatMeasureValue(suggestion.threshold, measure.unit),
                drop: formatNumber(suggestion.drop, 2),
                lower: formatNumber(suggestion.lower, 2),
                upper: formatNumber(suggestion.upper, 2),
                n: formatNumber(suggestion.n, 0),
                p: formatNumber(suggestion.p, 3),
              },
            )}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
