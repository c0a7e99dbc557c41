/** The ECharts option of the event study: the effect per week relative to the start, with its interval. */
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { TEvaluation } from './api.ts';
import { effectValue } from './labels.ts';

/**
 * Weeks across, the effect up (in percentage points for rates, NPS points, else the measure's unit): a dot
 * per week with a whisker for its interval, a dashed line at zero and a vertical line where the initiative
 * started (between week -1, the reference, and week 0). Weeks without an estimate are left out.
 */
export function eventStudyOption(
  evaluation: TEvaluation,
  axisName: string,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const kind = evaluation.kind;
  const digits = kind === 'mean' ? 2 : 1;
  const weeks = evaluation.eventStudy.weeks.filter((w) => w.estimate !== null);
  const value = (v: number | null) => (v === null ? null : effectValue(v, kind));
  const colorOf = (week: number) => (week < 0 ? token.colorTextTertiary : token.colorPrimary);
  const first = Math.min(-1, ...weeks.map((w) => w.week));
  const last = Math.max(0, ...weeks.map((w) => w.week));
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const w = weeks[(params as { dataIndex: number }).dataIndex];
        if (!w) return '';
        const interval =
          w.lower === null || w.upper === null
            ? t('reference week')
            : `${formatNumber(value(w.lower), digits)} – ${formatNumber(value(w.upper), digits)}`;
        return `${t('Week {{week}}', { week: w.week })}<br/>${axisName}: ${formatNumber(value(w.estimate), digits)} (${interval})`;
      },
    },
    xAxis: {
      type: 'value',
      min: first - 1,
      max: last + 1,
      interval: 1,
      name: t('Weeks from the start'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: {
        formatter: (v: number) => (v < first || v > last ? '' : String(v)),
      },
      splitLine: { show: false },
    },
    // The axis at the left edge, not where the weeks cross zero.
    yAxis: { type: 'value', name: axisName, nameTextStyle: { align: 'left' }, axisLine: { onZero: false } },
    series: [
      ...weeks
        .filter((w) => w.lower !== null && w.upper !== null)
        .map((w) => ({
          type: 'line' as const,
          data: [
            [w.week, value(w.lower)],
            [w.week, value(w.upper)],
          ],
          symbol: 'none',
          silent: true,
          lineStyle: { color: colorOf(w.week), width: 2 },
        })),
      {
        type: 'scatter',
        data: weeks.map((w) => ({
          value: [w.week, value(w.estimate)],
          itemStyle: { color: colorOf(w.week) },
        })),
        symbolSize: 10,
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            {
              yAxis: 0,
              lineStyle: { color: token.colorTextTertiary, type: 'dashed' },
              label: { show: false },
            },
            {
              xAxis: -0.5,
              lineStyle: { color: token.colorError, type: 'solid', width: 2 },
              label: { show: true, formatter: t('Start'), position: 'end', color: token.colorText },
            },
          ],
        },
      },
    ],
  };
}
