/** ECharts options of the touchpoint page. */
import type { GlobalToken } from 'antd';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemReturn } from 'echarts';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatDay, formatNumber, formatPercent } from '../../lib/format.ts';
import type { TTouchpointStats } from './api.ts';

/** Moments per bucket as bars, the breach rate and the mean experience as lines on their own axes. */
export function trendOption(stats: TTouchpointStats, t: TFunction, token: GlobalToken): TChartOption {
  return {
    grid: { left: 48, right: 96, top: 36, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: token.colorTextSecondary } },
    xAxis: { type: 'category', data: stats.buckets.map((b) => formatDay(b.start)) },
    yAxis: [
      {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatNumber(v, 0) },
        splitLine: { show: false },
      },
      { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
      {
        type: 'value',
        min: -1,
        max: 1,
        offset: 48,
        position: 'right',
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatNumber(v, 1) },
      },
    ],
    series: [
      {
        name: t('Moments'),
        type: 'bar',
        yAxisIndex: 0,
        itemStyle: { color: token.colorFillSecondary },
        data: stats.buckets.map((b) => b.moments),
        tooltip: { valueFormatter: (v) => formatNumber(Number(v), 0) },
      },
      {
        name: t('Breach rate'),
        type: 'line',
        yAxisIndex: 1,
        showSymbol: false,
        itemStyle: { color: token.colorError },
        data: stats.buckets.map((b) => b.breachRate),
        tooltip: { valueFormatter: (v) => formatPercent(Number(v)) },
      },
      {
        name: t('Experience'),
        type: 'line',
        yAxisIndex: 2,
        showSymbol: false,
        itemStyle: { color: token.colorPrimary },
        data: stats.buckets.map((b) => b.experience),
        tooltip: { valueFormatter: (v) => formatNumber(Number(v), 2) },
      },
    ],
  };
}

/** A vertical line on the distribution: target, floor or suggested floor. */
export type TMark = { name: string; value: number; colour: string; dashed?: boolean };

/** A measure's histogram (bins as bars on a value axis) with its target, floor and suggested floor drawn on it. */
export function distributionOption(
  histogram: TTouchpointStats['measures'][number]['histogram'],
  marks: readonly TMark[],
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const edges = [...histogram.flatMap((b) => [b.from, b.to]), ...marks.map((m) => m.value)];
  const low = Math.min(...edges);
  const high = Math.max(...edges);
  const pad = (high - low) * 0.04 || 1;
  return {
    grid: { left: 44, right: 16, top: 40, bottom: 28 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const bin = histogram[item?.dataIndex ?? 0];
        return bin
          ? `${formatNumber(bin.from, 2)} – ${formatNumber(bin.to, 2)}: ${formatNumber(bin.count, 0)}`
          : '';
      },
    },
    xAxis: {
      type: 'value',
      min: low - pad,
      max: high + pad,
      axisLabel: { formatter: (v: number) => formatNumber(v, 1), showMinLabel: false, showMaxLabel: false },
    },
    yAxis: { type: 'value', minInterval: 1, name: t('Moments') },
    series: [
      {
        type: 'custom',
        name: t('Moments'),
        data: histogram.map((b) => [b.from, b.to, b.count]),
        encode: { x: [0, 1], y: 2 },
        renderItem: (_params, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
          const [x0 = 0, y0 = 0] = api.coord([api.value(0), 0]);
          const [x1 = 0, y1 = 0] = api.coord([api.value(1), api.value(2)]);
          return {
            type: 'rect',
            shape: { x: x0 + 1, y: y1, width: Math.max(1, x1 - x0 - 2), height: y0 - y1 },
            style: { fill: token.colorPrimaryBorder },
          };
        },
        markLine: {
          symbol: 'none',
          silent: true,
          data: marks.map((m) => ({
            xAxis: m.value,
            name: m.name,
            lineStyle: { color: m.colour, width: 2, type: m.dashed ? 'dashed' : 'solid' },
            label: { show: false },
          })),
        },
      },
    ],
  } as TChartOption;
}
