/** ECharts options of the study results: KANO's Better / Worse chart and SERVQUAL's gaps per dimension. */
import type { GlobalToken } from 'antd';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { TKanoFeature, TServqualResult } from './api.ts';
import { kanoCategoryColour, kanoCategoryLabel } from './labels.ts';

/**
 * The Better / Worse chart (Berger et al. 1993; Timko's satisfaction coefficients): |Worse| across, Better
 * up, split at 0.5 into the attractive (top left), one-dimensional (top right), must-be (bottom right) and
 * indifferent (bottom left) quadrants; each feature a dot in its class's colour.
 */
export function betterWorseOption(
  features: readonly TKanoFeature[],
  nameOf: (feature: TKanoFeature) => string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const plotted = features.filter((f) => f.better !== null && f.worse !== null);
  const quadrant = (x: [number, number], y: [number, number], label: string) => [
    {
      xAxis: x[0],
      yAxis: y[1],
      name: label,
      label: {
        show: true,
        position: 'insideTop' as const,
        color: token.colorTextSecondary,
        fontSize: 13,
        fontWeight: 'bold' as const,
      },
    },
    { xAxis: x[1], yAxis: y[0] },
  ];
  return {
    grid: { left: 56, right: 32, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const f = plotted[item?.dataIndex ?? 0];
        if (!f) return '';
        return `${nameOf(f)}<br/>${kanoCategoryLabel(f.category, t)}<br/>${t(
          'Better {{better}}, Worse {{worse}}',
          {
            better: formatNumber(f.better, 2),
            worse: formatNumber(f.worse, 2),
          },
        )}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('|Worse|: dissatisfaction when absent'),
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('Better: satisfaction when present'),
      nameLocation: 'middle',
      nameGap: 36,
      splitLine: { show: false },
    },
    series: [
      {
        type: 'scatter',
        name: t('Features'),
        symbolSize: 12,
        // A label right of its dot, left of it in the right part so it stays inside the chart.
        data: plotted.map((f) => ({
          value: [Math.abs(f.worse ?? 0), f.better ?? 0],
          name: nameOf(f),
          itemStyle: { color: kanoCategoryColour(f.category, token) },
          label: { position: Math.abs(f.worse ?? 0) > 0.6 ? ('left' as const) : ('right' as const) },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: '{b}',
          color: token.colorText,
          fontSize: 12,
        },
        labelLayout: { hideOverlap: true },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: token.colorTextQuaternary, type: 'dashed' },
          data: [{ xAxis: 0.5 }, { yAxis: 0.5 }],
        },
        markArea: {
          silent: true,
          itemStyle: { color: 'transparent' },
          data: [
            quadrant([0, 0.5], [0.5, 1], t('Attractive')),
            quadrant([0.5, 1], [0.5, 1], t('One-dimensional')),
            quadrant([0.5, 1], [0, 0.5], t('Must-be')),
            quadrant([0, 0.5], [0, 0.5], t('Indifferent')),
          ] as never,
        },
      },
    ],
  } as TChartOption;
}

/**
 * Each dimension's gap (perception − expectation) as a horizontal bar with its paired t interval as a
 * whisker; a shortfall whose interval stays below 0 in the error colour, a surplus above 0 in the success
 * colour, one the interval cannot tell from 0 muted.
 */
export function gapOption(
  dimensions: TServqualResult['dimensions'],
  nameOf: (dimension: string) => string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const rows = [...dimensions].reverse();
  const colour = (d: (typeof rows)[number]) =>
    d.gap.upper !== null && d.gap.upper < 0
      ? token.colorError
      : d.gap.lower !== null && d.gap.lower > 0
        ? token.colorSuccess
        : token.colorTextQuaternary;
  return {
    grid: { left: 8, right: 32, top: 8, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const d = rows[item?.dataIndex ?? 0];
        if (!d) return '';
        return `${nameOf(d.dimension)}<br/>${t('Gap {{gap}} (interval {{lower}} to {{upper}})', {
          gap: formatNumber(d.gap.mean, 2),
          lower: formatNumber(d.gap.lower, 2),
          upper: formatNumber(d.gap.upper, 2),
        })}`;
      },
    },
    xAxis: {
      type: 'value',
      name: t('Gap: perception − expectation'),
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: (v: number) => formatNumber(v, 1) },
    },
    yAxis: { type: 'category', data: rows.map((d) => nameOf(d.dimension)) },
    series: [
      {
        type: 'bar',
        name: t('Gap'),
        barWidth: '50%',
        data: rows.map((d) => ({ value: d.gap.mean ?? 0, itemStyle: { color: colour(d) } })),
      },
      {
        type: 'custom',
        name: t('Interval'),
        silent: true,
        encode: { y: 0, x: [1, 2] },
        data: rows.map((d, i) => [i, d.gap.lower ?? d.gap.mean ?? 0, d.gap.upper ?? d.gap.mean ?? 0]),
        renderItem: (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const [x1 = 0, y = 0] = api.coord([api.value(1), api.value(0)]);
          const [x2 = 0] = api.coord([api.value(2), api.value(0)]);
          const half = 6;
          const stroke = { stroke: token.colorText, lineWidth: 1.5 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: stroke },
              { type: 'line', shape: { x1, y1: y - half, x2: x1, y2: y + half }, style: stroke },
              { type: 'line', shape: { x1: x2, y1: y - half, x2, y2: y + half }, style: stroke },
            ],
          };
        },
      },
    ],
  } as TChartOption;
}
