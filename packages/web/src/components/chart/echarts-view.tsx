import { theme } from 'antd';
import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import type { ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { TChartProps } from './Chart.tsx';

// Only what the pages draw is registered, so the chunk stays small.
use([
  BarChart,
  LineChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

/** The ECharts instance behind `Chart`: loaded on demand, resized with its box, disposed on unmount. */
export default function EChartsView({ option, height, label, onClick }: TChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { token } = theme.useToken();

  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: [
          token.colorPrimary,
          token.colorWarning,
          token.colorSuccess,
          token.colorError,
          token.colorInfo,
        ],
        textStyle: { fontFamily: token.fontFamily, color: token.colorText },
        animationDuration: 300,
        ...option,
      },
      { notMerge: true },
    );
  }, [option, token]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: { dataIndex: number; seriesIndex?: number }) =>
      onClick({ dataIndex: params.dataIndex, seriesIndex: params.seriesIndex ?? 0 });
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
