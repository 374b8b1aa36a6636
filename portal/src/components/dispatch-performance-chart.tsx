'use client';
/**
 * The share of reports on scene within 30 minutes per district, as an ECharts bar chart, the lowest
 * share first: where response is slowest shows at a glance.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslations } from 'next-intl';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface DistrictShare {
  name: string;
  reports: number;
  onSceneWithin30: number;
  share: number;
}

export function DispatchPerformanceChart({ rows }: { rows: DistrictShare[] }) {
  const t = useTranslations('dispatch.performance');
  const sorted = [...rows].filter((row) => row.reports > 0).sort((a, b) => a.share - b.share || b.reports - a.reports);
  const option = {
    tooltip: {
      trigger: 'axis',
      formatter: (items: Array<{ dataIndex: number }>) => {
        const row = sorted[items[0]?.dataIndex ?? 0];
        return row ? t('chartTooltip', { name: row.name, share: Math.round(row.share * 100), within: row.onSceneWithin30, reports: row.reports }) : '';
      },
    },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: sorted.map((row) => row.name), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: sorted.map((row) => Math.round(row.share * 1000) / 10),
        itemStyle: { color: '#c2410c' },
      },
    ],
  };
  return (
    <div data-testid="performance-chart" data-districts={sorted.length} className="lifeline-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: Math.max(160, 28 * sorted.length + 40) }} notMerge />
    </div>
  );
}
