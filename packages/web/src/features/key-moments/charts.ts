/** ECharts options of the key-moment page: the IPA chart (labels placed apart) and the driver chart. */
import type { GlobalToken } from 'antd';
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import type { TFunction } from 'i18next';
import type { TChartOption } from '../../components/chart/Chart.tsx';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { TKeyMoments, TTouchpointFigures } from '../../lib/key-moments.ts';
import type { TPlacedLabel } from './label-placement.ts';
import { placeLabels } from './label-placement.ts';

/** The colour of an IPA quadrant. */
export function quadrantColour(quadrant: string | null, token: GlobalToken): string {
  switch (quadrant) {
    case 'concentrate_here':
      return token.colorError;
    case 'keep_up_the_good_work':
      return token.colorSuccess;
    case 'possible_overkill':
      return token.colorWarning;
    default:
      return token.colorTextTertiary;
  }
}

/** A touchpoint on the IPA chart. */
type TIpaPoint = {
  key: string;
  name: string;
  performance: number;
  importance: number;
  quadrant: string | null;
};

/** Touchpoints with both an importance and a performance, most important (by rank) first. */
export function ipaPoints(result: TKeyMoments, nameOf: (key: string) => string): TIpaPoint[] {
  const rankOf = (tp: TTouchpointFigures) => tp.rank ?? Number.MAX_SAFE_INTEGER;
  return [...result.touchpoints]
    .filter((tp) => tp.importance !== null && Number.isFinite(tp.performance.experience.estimate ?? NaN))
    .sort(
      (a, b) =>
        rankOf(a) - rankOf(b) || (b.importance?.weight.estimate ?? 0) - (a.importance?.weight.estimate ?? 0),
    )
    .map((tp) => ({
      key: tp.key,
      name: nameOf(tp.key),
      performance: tp.performance.experience.estimate,
      importance: tp.importance?.weight.estimate ?? 0,
      quadrant: tp.quadrant,
    }));
}

const niceCeil = (v: number) => {
  const step = 10 ** Math.floor(Math.log10(v || 1)) / 2;
  return Math.ceil((v * 1.15) / step) * step;
};

/**
 * Importance (share of outcome variance) up, performance (mean experience, -1..+1) across, crosshairs at the
 * analysis' averages. Points and labels are drawn by one custom series that places every label where it
 * overlaps no other label and no point (`placeLabels`), recomputed at every size.
 */
export function ipaOption(
  points: readonly TIpaPoint[],
  crosshairs: { importance: number; performance: number },
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const perfs = points.map((p) => p.performance);
  const xMin = Math.max(-1, Math.floor(Math.min(...perfs, crosshairs.performance) * 10 - 1) / 10);
  const xMax = Math.min(1, Math.ceil(Math.max(...perfs, crosshairs.performance) * 10 + 1) / 10);
  const yMax = niceCeil(Math.max(...points.map((p) => p.importance), crosshairs.importance));
  let placed: TPlacedLabel[] = [];
  const fontSize = 12;
  return {
    grid: { left: 64, right: 24, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const point = points[item?.dataIndex ?? 0];
        if (!point) return '';
        return `${point.name}<br/>${t('Importance {{value}}', { value: formatPercent(point.importance) })}<br/>${t(
          'Experience {{value}}',
          { value: formatNumber(point.performance, 2) },
        )}`;
      },
    },
    xAxis: {
      type: 'value',
      min: xMin,
      max: xMax,
      name: t('Performance (mean experience, −1 to +1)'),
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { show: false },
      axisLabel: { formatter: (v: number) => formatNumber(v, 1) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: yMax,
      name: t('Importance (share of outcome variance)'),
      nameLocation: 'middle',
      nameGap: 48,
      splitLine: { show: false },
      axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
    },
    series: [
      {
        type: 'custom',
        name: t('Touchpoints'),
        silent: false,
        clip: false,
        data: points.map((p) => [p.performance, p.importance]),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: token.colorTextQuaternary, type: 'dashed' },
          data: [{ xAxis: crosshairs.performance }, { yAxis: crosshairs.importance }],
        },
        renderItem: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const grid = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
          if (params.dataIndexInside === 0 || placed.length !== points.length) {
            placed = placeLabels(
              points.map((p) => {
                const [x = 0, y = 0] = api.coord([p.performance, p.importance]);
                return { x, y, text: p.name };
              }),
              { fontSize, markerRadius: 6, bounds: grid },
            );
          }
          const point = points[params.dataIndex];
          const [x = 0, y = 0] = api.coord([api.value(0), api.value(1)]);
          const label = placed[params.dataIndex];
          const colour = quadrantColour(point?.quadrant ?? null, token);
          const shapes: object[] = [
            {
              type: 'circle',
              shape: { cx: x, cy: y, r: 6 },
              style: { fill: colour, stroke: token.colorBgContainer, lineWidth: 1.5 },
            },
          ];
          if (label) {
            const r = label.rect;
            if (label.leader) {
              const lx = Math.min(Math.max(x, r.x), r.x + r.width);
              const ly = Math.min(Math.max(y, r.y), r.y + r.height);
              shapes.unshift({
                type: 'line',
                shape: { x1: x, y1: y, x2: lx, y2: ly },
                style: { stroke: token.colorTextQuaternary, lineWidth: 1 },
                silent: true,
              });
            }
            shapes.push({
              type: 'text',
              silent: true,
              style: {
                x: r.x + 1,
                y: r.y + r.height / 2,
                text: point?.name ?? '',
                fill: token.colorText,
                font: `${fontSize}px ${token.fontFamily}`,
                verticalAlign: 'middle',
                align: 'left',
              },
            });
          }
          return { type: 'group', children: shapes } as CustomSeriesRenderItemReturn;
        },
      },
    ],
  } as TChartOption;
}

/**
 * Importance of each touchpoint as a horizontal bar, largest at the top, with its bootstrap interval as a
 * whisker; the badged key moments in the primary colour.
 */
export function driverOption(
  result: TKeyMoments,
  nameOf: (key: string) => string,
  keyMoments: ReadonlySet<string>,
  t: TFunction,
  token: GlobalToken,
): TChartOption {
  const rows = result.touchpoints
    .flatMap((tp) => (tp.importance ? [{ tp, w: tp.importance.weight }] : []))
    .sort((a, b) => a.w.estimate - b.w.estimate);
  const finite = (v: number | null | undefined) => (v != null && Number.isFinite(v) ? v : null);
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const row = rows[item?.dataIndex ?? 0];
        if (!row) return '';
        return `${nameOf(row.tp.key)}<br/>${t('Importance {{value}} (interval {{lower}} to {{upper}})', {
          value: formatPercent(row.w.estimate),
          lower: formatPercent(finite(row.w.lower)),
          upper: formatPercent(finite(row.w.upper)),
        })}`;
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => nameOf(r.tp.key)),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('Importance'),
        barWidth: '55%',
        data: rows.map((r) => ({
          value: r.w.estimate,
          itemStyle: { color: keyMoments.has(r.tp.key) ? token.colorPrimary : token.colorPrimaryBorder },
        })),
      },
      {
        type: 'custom',
        name: t('Interval'),
        silent: true,
        encode: { y: 0, x: [1, 2] },
        data: rows.map((r, i) => [i, finite(r.w.lower) ?? r.w.estimate, finite(r.w.upper) ?? r.w.estimate]),
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
