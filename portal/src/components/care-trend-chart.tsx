'use client';
/**
 * Cases per month as an ECharts chart: those that ended, stacked by how they ended, beside those
 * received, and the average stay of those that ended on a second axis. A trend a table hides.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslations } from 'next-intl';
import type { CareTrendQuery, ExitReason } from '@/gql/graphql';
import { useMonthLabel } from './use-month-label';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Month = CareTrendQuery['careTrend'][number];

/** Exit reasons in the order their bars stack: the good outcomes first. */
const REASON_ORDER: readonly ExitReason[] = ['RETURNED_HOME', 'ESCORTED_HOME', 'SETTLED', 'TRANSFERRED', 'LEFT_VOLUNTARILY', 'HANDED_OVER', 'TERMINATED', 'ABSCONDED', 'DECEASED'];
const REASON_COLOURS: Record<ExitReason, string> = {
  RETURNED_HOME: '#15803d',
  ESCORTED_HOME: '#22c55e',
  SETTLED: '#0e7490',
  TRANSFERRED: '#6366f1',
  LEFT_VOLUNTARILY: '#a3a3a3',
  HANDED_OVER: '#78716c',
  TERMINATED: '#f59e0b',
  ABSCONDED: '#dc2626',
  DECEASED: '#1f2937',
};

export function CareTrendChart({ months }: { months: Month[] }) {
  const t = useTranslations();
  const monthLabel = useMonthLabel();
  const labels = months.map(({ month }) => monthLabel(month));
  const reasons = REASON_ORDER.filter((reason) => months.some((month) => month.exits.some((exit) => exit.reason === reason)));
  const received = t('dashboard.trend.received');
  const stay = t('dashboard.trend.averageStay');
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 'center', type: 'scroll' },
    grid: { left: 40, right: 40, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: labels },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('dashboard.trend.cases') },
      { type: 'value', name: t('dashboard.trend.days'), splitLine: { show: false } },
    ],
    series: [
      { name: received, type: 'bar', data: months.map((month) => month.received), itemStyle: { color: '#c2410c' } },
      ...reasons.map((reason) => ({
        name: t(`enums.ExitReason.${reason}`),
        type: 'bar',
        stack: 'exits',
        data: months.map((month) => month.exits.find((exit) => exit.reason === reason)?.count ?? 0),
        itemStyle: { color: REASON_COLOURS[reason] },
      })),
      {
        name: stay,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: true,
        data: months.map((month) => (month.averageStayDays === null ? null : Math.round(month.averageStayDays * 10) / 10)),
        itemStyle: { color: '#0f172a' },
      },
    ],
  };
  const total = (pick: (month: Month) => number) => months.reduce((sum, month) => sum + pick(month), 0);
  return (
    <div
      data-testid="care-trend-chart"
      data-received={total((month) => month.received)}
      data-exits={total((month) => month.exits.reduce((sum, exit) => sum + exit.count, 0))}
      data-months={months.length}
      className="lifeline-chart"
    >
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 340 }} notMerge />
    </div>
  );
}
