/** The ECharts option of the recovery paradox: per touchpoint, recovered minus never breached, with its interval. */
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatNumber } from '../../lib/format.ts';

/** One touchpoint's difference of mean satisfaction (1-5) with its Welch 95% interval. */
export type TParadoxPoint = {
  name: string;
  estimate: number;
  lower: number;
  upper: number;
  n: [number, number];
};

/**
 * Touchpoints down, the difference across: a segment for each interval and a dot for each estimate, a line
 * at 0. Right of 0 with the whole segment is the paradox (recovered customers more satisfied).
 */
export function paradoxOption(
  points: readonly TParadoxPoint[],
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const names = points.map((p) => p.name);
  const extent = Math.max(1, ...points.flatMap((p) => [Math.abs(p.lower), Math.abs(p.upper)]));
  return {
    grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = points[(params as { dataIndex: number }).dataIndex];
        if (!p) return '';
        return `${p.name}<br/>${t('Difference')}: ${formatNumber(p.estimate, 2)} (${formatNumber(p.lower, 2)} – ${formatNumber(p.upper, 2)})<br/>${t('Recovered')} n=${p.n[0]}, ${t('Never breached')} n=${p.n[1]}`;
      },
    },
    xAxis: {
      type: 'value',
      min: -Math.ceil(extent),
      max: Math.ceil(extent),
      name: t('Recovered minus never breached (satisfaction 1-5)'),
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [
      ...points.map((p) => ({
        type: 'line' as const,
        data: [
          [p.lower, p.name],
          [p.upper, p.name],
        ],
        symbol: 'none',
        silent: true,
        lineStyle: { color: token.colorPrimary, width: 3 },
      })),
      {
        type: 'scatter',
        data: points.map((p) => [p.estimate, p.name]),
        symbolSize: 12,
        itemStyle: { color: token.colorPrimary },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ xAxis: 0 }],
          lineStyle: { color: token.colorTextTertiary, type: 'dashed' },
          label: { show: false },
        },
      },
    ],
  };
}
