import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { TChartOption } from './chart-option.ts';

/** What a chart shows and how tall it is; `label` is read out to screen readers (a canvas has no text). */
export type TChartProps = {
  option: TChartOption;
  height: number;
  label: string;
  onClick?: (point: { dataIndex: number; seriesIndex: number }) => void;
};

const EChartsView = lazy(() => import('./echarts-view.tsx'));

/** The one chart component: ECharts is loaded the first time a chart is shown, never with the shell. */
export function Chart(props: TChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <EChartsView {...props} />
    </Suspense>
  );
}

export type { TChartOption };
