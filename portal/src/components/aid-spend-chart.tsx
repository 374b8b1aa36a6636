'use client';
/**
 * Aid spent per month under the entrustments the user may see, stacked by kind of aid, in yuan:
 * how spending moves over the year, which a list of deliveries cannot show.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslations } from 'next-intl';
import type { AidItemKind, AidSpendTrendQuery } from '@/gql/graphql';
import { useMonthLabel } from './use-month-label';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Month = AidSpendTrendQuery['aidSpendTrend'][number];

const KINDS: readonly AidItemKind[] = ['FOOD', 'LODGING', 'COMMUNICATION', 'DOMESTIC_TICKET', 'INTERNATIONAL_TICKET'];
const KIND_COLOURS: Record<AidItemKind, string> = { FOOD: '#c2410c', LODGING: '#0e7490', COMMUNICATION: '#6366f1', DOMESTIC_TICKET: '#15803d', INTERNATIONAL_TICKET: '#a16207' };

export function AidSpendChart({ months }: { months: Month[] }) {
  const t = useTranslations();
  const monthLabel = useMonthLabel();
  const kinds = KINDS.filter((kind) => months.some((month) => month.byKind.some((entry) => entry.kind === kind)));
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 'center', type: 'scroll' },
    grid: { left: 56, right: 16, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: months.map((month) => monthLabel(month.month)) },
    yAxis: { type: 'value', name: t('dashboard.spend.yuan') },
    series: kinds.map((kind) => ({
      name: t(`enums.AidItemKind.${kind}`),
      type: 'bar',
      stack: 'spend',
      data: months.map((month) => Number(month.byKind.find((entry) => entry.kind === kind)?.amount.yuan ?? 0)),
      itemStyle: { color: KIND_COLOURS[kind] },
    })),
  };
  // Yuan come with two decimals: the fen, exact, for the figure the page states.
  const total = months.reduce((sum, month) => sum + BigInt(month.total.yuan.replace('.', '')), 0n);
  return (
    <div data-testid="aid-spend-chart" data-total-fen={total.toString()} data-deliveries={months.reduce((sum, month) => sum + month.deliveries, 0)} data-months={months.length} className="lifeline-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} notMerge />
    </div>
  );
}
