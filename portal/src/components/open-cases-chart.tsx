'use client';
/** Persons in care and operating units per network level, as an ECharts bar chart. */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface LevelFigures {
  label: string;
  openCases: number;
  stations: number;
}

export function OpenCasesChart({ levels, openCasesLabel, stationsLabel }: { levels: LevelFigures[]; openCasesLabel: string; stationsLabel: string }) {
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { data: [openCasesLabel, stationsLabel], top: 0, left: 'center' },
    grid: { left: 40, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: levels.map((level) => level.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: openCasesLabel, type: 'bar', data: levels.map((level) => level.openCases), itemStyle: { color: '#c2410c' } },
      { name: stationsLabel, type: 'bar', data: levels.map((level) => level.stations), itemStyle: { color: '#94a3b8' } },
    ],
  };
  return (
    <div data-testid="open-cases-chart" className="lifeline-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} notMerge />
    </div>
  );
}
