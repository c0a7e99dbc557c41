/** ECharts options of the overview, built from the data: the components only pass them to Chart. */
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatDay, formatNumber, formatPercent } from '../../lib/format.ts';
import type { TKeyMoments } from '../../lib/key-moments.ts';
import type { TJourneyOverview } from './api.ts';

/** Moments per day or week as bars, the breach rate as a line on its own axis. */
export function breachTrendOption(
  overview: TJourneyOverview,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  return {
    grid: { left: 48, right: 48, top: 32, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: token.colorTextSecondary } },
    xAxis: { type: 'category', data: overview.buckets.map((b) => formatDay(b.start)) },
    yAxis: [
      {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
        splitLine: { show: false },
      },
      { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, 0) } },
    ],
    series: [
      {
        name: t('Moments'),
        type: 'bar',
        yAxisIndex: 1,
        itemStyle: { color: token.colorFillSecondary },
        data: overview.buckets.map((b) => b.moments),
        tooltip: { valueFormatter: (v) => formatNumber(Number(v), 0) },
      },
      {
        name: t('Breach rate'),
        type: 'line',
        yAxisIndex: 0,
        smooth: true,
        showSymbol: false,
        itemStyle: { color: token.colorError },
        data: overview.buckets.map((b) => b.breachRate),
        tooltip: { valueFormatter: (v) => formatPercent(Number(v)) },
      },
    ],
  };
}

/** The distribution of episode scores (peak-end-floor, 0-10): red below 4, amber below 7, green above. */
export function scoreHistogramOption(
  scores: TKeyMoments['episodeScores'],
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const colour = (from: number) =>
    from < 4 ? token.colorError : from < 7 ? token.colorWarning : token.colorSuccess;
  return {
    grid: { left: 40, right: 8, top: 16, bottom: 36 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      name: t('Episode score'),
      nameLocation: 'middle',
      nameGap: 24,
      data: scores.histogram.map((bin) => `${formatNumber(bin.from, 0)}–${formatNumber(bin.to, 0)}`),
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    series: [
      {
        name: t('Share of episodes'),
        type: 'bar',
        data: scores.histogram.map((bin) => ({ value: bin.share, itemStyle: { color: colour(bin.from) } })),
        tooltip: { valueFormatter: (v) => formatPercent(Number(v)) },
      },
    ],
  };
}
