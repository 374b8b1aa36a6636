'use client';
/** People helped per temporary point per day, as an ECharts bar chart (one series per point). */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface PointSeries {
  name: string;
  counts: number[];
}

export function HelpCountsChart({ days, points }: { days: string[]; points: PointSeries[] }) {
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { data: points.map((p) => p.name), top: 0, left: 'center' },
    grid: { left: 40, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    series: points.map((p) => ({ name: p.name, type: 'bar', data: p.counts })),
  };
  return (
    <div data-testid="help-counts-chart" className="lifeline-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 280 }} notMerge />
    </div>
  );
}
