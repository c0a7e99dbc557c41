/**
 * ECharts options of the churn page: Kaplan-Meier step curves with their bands, the forest chart of hazard
 * ratios, churn avoided per touchpoint and the calibration of the at-risk model.
 */
import type { GlobalToken } from 'antd';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { TAtRiskPage, TChurnDrivers, TChurnSurvival } from './api.ts';

type TCurve = TChurnSurvival['comparison']['curves'][number];

/** The curve's points from day 0 (everyone still a customer): [day, survival, lower, upper]. */
function pointsOf(curve: TCurve): Array<[number, number, number, number]> {
  const points: Array<[number, number, number, number]> = [[0, 1, 1, 1]];
  for (const s of curve.steps)
    points.push([s.time, s.survival, s.lower ?? s.survival, s.upper ?? s.survival]);
  return points;
}

/**
 * Share of customers still there (y) by days since their start (x), one step line per group, with its
 * pointwise interval as a band (a transparent lower line and the band stacked on it).
 */
export function survivalOption(
  curves: readonly TCurve[],
  groupName: (group: string) => string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const colours: Record<string, string> = { exposed: token.colorError, unexposed: token.colorPrimary };
  const series = curves.flatMap((curve) => {
    const points = pointsOf(curve);
    const colour = colours[curve.group] ?? token.colorTextSecondary;
    const name = groupName(curve.group);
    return [
      {
        type: 'line',
        name: `${name} lower`,
        step: 'end',
        stack: curve.group,
        symbol: 'none',
        silent: true,
        lineStyle: { opacity: 0 },
        data: points.map(([x, , lower]) => [x, lower]),
        tooltip: { show: false },
      },
      {
        type: 'line',
        name: `${name} band`,
        step: 'end',
        stack: curve.group,
        symbol: 'none',
        silent: true,
        lineStyle: { opacity: 0 },
        areaStyle: { color: colour, opacity: 0.15 },
        data: points.map(([x, , lower, upper]) => [x, upper - lower]),
        tooltip: { show: false },
      },
      {
        type: 'line',
        name,
        step: 'end',
        symbol: 'none',
        lineStyle: { color: colour, width: 2 },
        itemStyle: { color: colour },
        data: points.map(([x, y]) => [x, y]),
      },
    ];
  });
  return {
    grid: { left: 56, right: 24, top: 40, bottom: 48 },
    legend: { top: 0, data: curves.map((c) => groupName(c.group)) },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatPercent(v) : ''),
    },
    xAxis: {
      type: 'value',
      name: t('Days since start'),
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
    },
    yAxis: {
      type: 'value',
      name: t('Still customers'),
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min * 10) / 10),
      max: 1,
      axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
    },
    series,
  } as TChartOption;
}

type THazard = TChurnDrivers['cox']['covariates'][number];

/** Hazard ratios (log scale) with their intervals, a line at 1 (no effect); greatest first. */
export function forestOption(
  rows: readonly THazard[],
  label: (key: string) => string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const sorted = [...rows].sort((a, b) => a.hazardRatio - b.hazardRatio);
  const colourOf = (r: THazard) =>
    r.lower > 1 ? token.colorError : r.upper < 1 ? token.colorSuccess : token.colorTextTertiary;
  return {
    grid: { left: 8, right: 32, top: 8, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = sorted[p.dataIndex];
        if (!r) return '';
        return `${label(r.key)}<br/>${t('Hazard ratio {{value}} (interval {{lower}} to {{upper}}), p {{p}}', {
          value: formatNumber(r.hazardRatio, 2),
          lower: formatNumber(r.lower, 2),
          upper: formatNumber(r.upper, 2),
          p: formatNumber(r.p, 3),
        })}`;
      },
    },
    xAxis: {
      type: 'log',
      name: t('Hazard ratio'),
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: (v: number) => formatNumber(v, v < 1 ? 2 : 1) },
    },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => label(r.key)),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'custom',
        name: t('Interval'),
        encode: { y: 0, x: [1, 2] },
        data: sorted.map((r, i) => [i, r.lower, r.upper, r.hazardRatio]),
        renderItem: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const [x1 = 0, y = 0] = api.coord([api.value(1), api.value(0)]);
          const [x2 = 0] = api.coord([api.value(2), api.value(0)]);
          const [xm = 0] = api.coord([api.value(3), api.value(0)]);
          const row = sorted[params.dataIndex];
          const colour = row ? colourOf(row) : token.colorText;
          const stroke = { stroke: colour, lineWidth: 2 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: stroke },
              { type: 'line', shape: { x1, y1: y - 5, x2: x1, y2: y + 5 }, style: stroke },
              { type: 'line', shape: { x1: x2, y1: y - 5, x2, y2: y + 5 }, style: stroke },
              { type: 'circle', shape: { cx: xm, cy: y, r: 5 }, style: { fill: colour } },
            ],
          };
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: token.colorTextSecondary, type: 'dashed' },
          label: { show: false },
          data: [{ xAxis: 1 }],
        },
      },
    ],
  } as TChartOption;
}

type TAvoided = TChurnDrivers['avoided'][number];

/** Churners avoided over the horizon per touchpoint, with their intervals; most first. */
export function avoidedOption(
  rows: readonly TAvoided[],
  nameOf: (touchpoint: string) => string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const sorted = [...rows].sort((a, b) => a.avoided.estimate - b.avoided.estimate);
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const item = Array.isArray(p) ? (p[0] as { dataIndex: number }) : (p as { dataIndex: number });
        const r = sorted[item.dataIndex];
        if (!r) return '';
        return `${nameOf(r.touchpoint)}<br/>${t(
          '{{avoided}} churners avoided of {{exposed}} exposed (interval {{lower}} to {{upper}})',
          {
            avoided: formatNumber(r.avoided.estimate, 1),
            exposed: formatNumber(r.exposed, 0),
            lower: formatNumber(r.avoided.lower, 1),
            upper: formatNumber(r.avoided.upper, 1),
          },
        )}`;
      },
    },
    xAxis: { type: 'value', name: t('Churners avoided'), nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: sorted.map((r) => nameOf(r.touchpoint)) },
    series: [
      {
        type: 'bar',
        name: t('Churners avoided'),
        barWidth: '55%',
        itemStyle: { color: token.colorPrimary },
        data: sorted.map((r) => r.avoided.estimate),
      },
      {
        type: 'custom',
        name: t('Interval'),
        silent: true,
        encode: { y: 0, x: [1, 2] },
        data: sorted.map((r, i) => [i, r.avoided.lower, r.avoided.upper]),
        renderItem: (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const [x1 = 0, y = 0] = api.coord([api.value(1), api.value(0)]);
          const [x2 = 0] = api.coord([api.value(2), api.value(0)]);
          const stroke = { stroke: token.colorText, lineWidth: 1.5 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: stroke },
              { type: 'line', shape: { x1, y1: y - 6, x2: x1, y2: y + 6 }, style: stroke },
              { type: 'line', shape: { x1: x2, y1: y - 6, x2, y2: y + 6 }, style: stroke },
            ],
          };
        },
      },
    ],
  } as TChartOption;
}

type TBin = TAtRiskPage['model']['holdout']['calibration'][number];

/** Observed churn (with Wilson intervals) against predicted risk per decile, and the diagonal of perfection. */
export function calibrationOption(bins: readonly TBin[], t: TFunction, token: GlobalToken): TChartOption {
  return {
    grid: { left: 56, right: 24, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number; seriesIndex: number }) => {
        const b = bins[p.dataIndex];
        if (!b || p.seriesIndex !== 1) return '';
        return t('Predicted {{predicted}}, observed {{observed}} of {{n}} customers', {
          predicted: formatPercent(b.meanPredicted),
          observed: formatPercent(b.observed),
          n: formatNumber(b.n, 0),
        });
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('Predicted risk'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('Observed churn'),
      axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
    },
    series: [
      {
        type: 'line',
        name: t('Perfect calibration'),
        silent: true,
        symbol: 'none',
        lineStyle: { type: 'dashed', color: token.colorTextTertiary },
        data: [
          [0, 0],
          [1, 1],
        ],
      },
      {
        type: 'scatter',
        name: t('Observed churn'),
        itemStyle: { color: token.colorPrimary },
        data: bins.map((b) => [b.meanPredicted, b.observed]),
      },
      {
        type: 'custom',
        name: t('Interval'),
        silent: true,
        data: bins.map((b) => [b.meanPredicted, b.observedLower, b.observedUpper]),
        renderItem: (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const [x = 0, y1 = 0] = api.coord([api.value(0), api.value(1)]);
          const [, y2 = 0] = api.coord([api.value(0), api.value(2)]);
          const stroke = { stroke: token.colorPrimary, lineWidth: 1.5 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: x, y1, x2: x, y2 }, style: stroke },
              { type: 'line', shape: { x1: x - 4, y1, x2: x + 4, y2: y1 }, style: stroke },
              { type: 'line', shape: { x1: x - 4, y1: y2, x2: x + 4, y2 }, style: stroke },
            ],
          };
        },
      },
    ],
  } as TChartOption;
}
