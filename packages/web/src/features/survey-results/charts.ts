/**
 * ECharts options of the results page: response rate per channel (bars with their interval), a headline
 * score's weekly trend (line with its interval as a band) and a question's distribution (bars).
 */
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatDate, formatNumber, formatPercent } from '../../lib/format.ts';
import type { TSurveyResults } from './api.ts';
import { channelLabel } from './labels.ts';

type TRate = TSurveyResults['responseRates'][number];
type TWeek = TSurveyResults['trend'][number];
type TBar = TSurveyResults['questions'][number]['distribution'][number];

/** A headline score's display: NPS in points, CSAT as a share, CES as a mean. */
export type THeadlineKey = 'nps' | 'csat' | 'ces';

/** A value of a headline score as shown. */
export function formatScore(kind: string, value: number | null | undefined): string {
  if (kind === 'csat') return formatPercent(value, 1);
  return formatNumber(value, kind === 'nps' ? 0 : 2);
}

/** Response rate per channel with its Wilson interval as an error bar (custom series). */
export function responseRateOption(rates: readonly TRate[], t: TFunction, token: GlobalToken): TChartOption {
  const names = rates.map((r) => channelLabel(r.channel, t));
  return {
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const index = (params as Array<{ dataIndex: number }>)[0]?.dataIndex ?? 0;
        const r = rates[index];
        if (!r) return '';
        return `${names[index]}<br/>${t(
          '{{answered}} answered of {{links}} sent: {{rate}} ({{lower}} to {{upper}})',
          {
            answered: r.answered,
            links: r.links,
            rate: formatPercent(r.rate),
            lower: formatPercent(r.lower),
            upper: formatPercent(r.upper),
          },
        )}`;
      },
    },
    // Every channel named under its bar, a long name on two lines ("Link (own systems)"): by default ECharts
    // leaves out the labels that would overlap, so half the bars of an English chart went unnamed. A label
    // takes its share of the plot, about 360 px in the results page's card.
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: { interval: 0, width: Math.max(56, Math.floor(360 / names.length)), overflow: 'break' },
    },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    series: [
      {
        type: 'bar',
        name: t('Response rate'),
        barMaxWidth: 48,
        itemStyle: { color: token.colorPrimary },
        data: rates.map((r) => r.rate ?? 0),
      },
      {
        type: 'custom',
        name: t('Interval'),
        silent: true,
        itemStyle: { color: token.colorTextSecondary },
        renderItem: (_params, api) => {
          const x = api.value(0) as number;
          const [lx = 0, ly = 0] = api.coord([x, api.value(1) as number]);
          const [hx = 0, hy = 0] = api.coord([x, api.value(2) as number]);
          const half = 8;
          const style = { stroke: token.colorTextSecondary, lineWidth: 1.5 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: lx, y1: ly, x2: hx, y2: hy }, style },
              {
                type: 'line',
                shape: { x1: lx - half, y1: ly, x2: lx + half, y2: ly },
                style,
              },
              {
                type: 'line',
                shape: { x1: hx - half, y1: hy, x2: hx + half, y2: hy },
                style,
              },
            ],
          };
        },
        data: rates.map((r, i) => [i, r.lower ?? 0, r.upper ?? 0]),
        tooltip: { show: false },
      },
    ],
  } as TChartOption;
}

/** A headline score per week with its interval as a band (a transparent lower line, the band stacked on it). */
export function trendOption(
  weeks: readonly TWeek[],
  key: THeadlineKey,
  name: string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const points = weeks.flatMap((w) => {
    const s = w[key];
    return s ? [{ week: formatDate(w.week), ...s }] : [];
  });
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [name] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const index = (params as Array<{ dataIndex: number }>)[0]?.dataIndex ?? 0;
        const p = points[index];
        if (!p) return '';
        return `${t('Week of {{week}}', { week: p.week })}<br/>${t(
          '{{name}} {{value}} ({{lower}} to {{upper}}), n = {{n}}',
          {
            name,
            value: formatScore(p.kind, p.estimate),
            lower: formatScore(p.kind, p.lower),
            upper: formatScore(p.kind, p.upper),
            n: p.n,
          },
        )}`;
      },
    },
    xAxis: { type: 'category', data: points.map((p) => p.week), boundaryGap: false },
    // NPS and CSAT on their whole range (-100..100, 0..100%), so a band never runs past what a score can be.
    yAxis: {
      type: 'value',
      ...(key === 'nps' ? { min: -100, max: 100 } : key === 'csat' ? { min: 0, max: 1 } : { scale: true }),
      axisLabel: { formatter: (v: number) => formatScore(key, v) },
    },
    series: [
      {
        type: 'line',
        name: `${name} lower`,
        stack: 'band',
        symbol: 'none',
        silent: true,
        lineStyle: { opacity: 0 },
        data: points.map((p) => p.lower ?? p.estimate),
        tooltip: { show: false },
      },
      {
        type: 'line',
        name: `${name} band`,
        stack: 'band',
        symbol: 'none',
        silent: true,
        lineStyle: { opacity: 0 },
        areaStyle: { color: token.colorPrimary, opacity: 0.15 },
        data: points.map((p) => (p.upper ?? p.estimate) - (p.lower ?? p.estimate)),
        tooltip: { show: false },
      },
      {
        type: 'line',
        name,
        symbolSize: 6,
        lineStyle: { color: token.colorPrimary, width: 2 },
        itemStyle: { color: token.colorPrimary },
        data: points.map((p) => p.estimate),
      },
    ],
  } as TChartOption;
}

/** A question's answers per choice: counts as bars, shares in the tooltip and labels. */
export function distributionOption(bars: readonly TBar[], t: TFunction, token: GlobalToken): TChartOption {
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const index = (params as Array<{ dataIndex: number }>)[0]?.dataIndex ?? 0;
        const b = bars[index];
        return b
          ? `${b.label}<br/>${t('{{count}} answers ({{share}})', { count: b.count, share: formatPercent(b.share) })}`
          : '';
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: token.colorPrimary },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => formatPercent(bars[p.dataIndex]?.share, 0),
        },
        data: bars.map((b) => b.count),
      },
    ],
  } as TChartOption;
}
