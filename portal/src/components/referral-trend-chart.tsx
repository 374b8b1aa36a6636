'use client';
/**
 * Shelter referrals submitted per month, stacked by assessed risk (the gravest on top), over the
 * referrals the user may see: whether the shelter's load and its urgency are rising.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslations } from 'next-intl';
import type { ReferralTrendQuery, RiskLevel } from '@/gql/graphql';
import { useMonthLabel } from './use-month-label';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Month = ReferralTrendQuery['referralTrend'][number];

const LEVELS: readonly RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const LEVEL_COLOURS: Record<RiskLevel, string> = { LOW: '#94a3b8', MEDIUM: '#f59e0b', HIGH: '#dc2626', CRITICAL: '#7f1d1d' };

export function ReferralTrendChart({ months }: { months: Month[] }) {
  const t = useTranslations();
  const monthLabel = useMonthLabel();
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 'center' },
    grid: { left: 40, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((month) => monthLabel(month.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: LEVELS.map((level) => ({
      name: t(`enums.RiskLevel.${level}`),
      type: 'bar',
      stack: 'referrals',
      data: months.map((month) => month.byRisk.find((entry) => entry.riskLevel === level)?.count ?? 0),
      itemStyle: { color: LEVEL_COLOURS[level] },
    })),
  };
  return (
    <div data-testid="referral-trend-chart" data-submitted={months.reduce((sum, month) => sum + month.submitted, 0)} data-months={months.length} className="lifeline-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} notMerge />
    </div>
  );
}
