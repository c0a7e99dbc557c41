import { theme } from 'antd';
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import type { TChartOption } from '../chart/Chart.tsx';
import { Chart } from '../chart/Chart.tsx';
import type { TCurve } from './curve.ts';

/** A curve to draw, with its name in the legend and its colour. */
export type TNamedCurve = { name: string; curve: TCurve; colour: string };

/** Line chart of emotion curves: experience (-1..+1) per step; moments with a breach are drawn red and big. */
export function emotionCurveOption(
  curves: readonly TNamedCurve[],
  nameOf: (touchpoint: string) => string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const steps = Math.max(2, ...curves.map((c) => c.curve.points.length));
  return {
    grid: { left: 44, right: 16, top: 36, bottom: 36 },
    legend: { top: 0, textStyle: { color: token.colorTextSecondary } },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const data = item?.data as {
          value: [number, number];
          touchpoint: string;
          at: string;
          breaches: number;
        };
        const breach = data.breaches > 0 ? `<br/>${t('Breaches: {{count}}', { count: data.breaches })}` : '';
        return `${item?.seriesName ?? ''}<br/>${nameOf(data.touchpoint)}<br/>${formatDateTime(data.at)}<br/>${t(
          'Experience {{value}}',
          { value: formatNumber(data.value[1], 2) },
        )}${breach}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 1,
      max: steps,
      minInterval: 1,
      name: t('Moment'),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { formatter: (v: number) => formatNumber(v, 0) },
    },
    yAxis: {
      type: 'value',
      min: -1,
      max: 1,
      interval: 0.5,
      axisLabel: { formatter: (v: number) => formatNumber(v, 1) },
    },
    series: curves.map((c, i) => ({
      name: c.name,
      type: 'line' as const,
      itemStyle: { color: c.colour },
      lineStyle: { width: 2.5 },
      symbolSize: 8,
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: token.colorTextQuaternary, type: 'dashed' as const },
              label: { show: false },
              data: [{ yAxis: 0 }],
            },
          }
        : {}),
      data: c.curve.points.map((p) => ({
        value: [p.step, p.value] as [number, number],
        touchpoint: p.touchpoint,
        at: p.occurredAt,
        breaches: p.breaches,
        ...(p.breaches > 0
          ? { symbolSize: 13, itemStyle: { color: token.colorError, borderColor: token.colorBgContainer } }
          : {}),
      })),
    })),
  };
}

/** Emotion curves of one or more episodes, with a text for screen readers. */
export function EmotionCurveChart({
  curves,
  nameOf,
  height = 260,
}: {
  curves: readonly TNamedCurve[];
  nameOf: (touchpoint: string) => string;
  height?: number;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const option = useMemo(() => emotionCurveOption(curves, nameOf, t, token), [curves, nameOf, t, token]);
  const label = curves
    .map((c) =>
      t('{{name}}: {{count}} moments, lowest {{lowest}} at {{touchpoint}}', {
        name: c.name,
        count: c.curve.points.length,
        lowest: formatNumber(c.curve.lowest?.value, 2),
        touchpoint: c.curve.lowest ? nameOf(c.curve.lowest.touchpoint) : '–',
      }),
    )
    .join('; ');
  return <Chart option={option} height={height} label={`${t('Emotion curve')}: ${label}`} />;
}
