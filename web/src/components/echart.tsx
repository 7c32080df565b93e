import { BarChart, RadarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the charts use, so the chart chunk stays small (echarts/core is tree-shaken). A page that
// needs another chart type registers it here. Import this component only from lazily loaded pages.
echarts.use([
  BarChart,
  RadarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export type EChartsOption = echarts.EChartsCoreOption;

/**
 * An ECharts chart. `label` names it for screen readers; charts always sit beside a table with the same
 * numbers (a chart alone is not accessible). `onClickName` receives the category of a clicked bar.
 */
export function EChart({
  option,
  label,
  height = 360,
  onClickName,
}: {
  option: EChartsOption;
  label: string;
  height?: number;
  onClickName?: (name: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClickName);
  click.current = onClickName;

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    // A bar, or a category label (axes with `triggerEvent: true`), names its category.
    instance.on('click', (params) => {
      const p = params as { name?: unknown; value?: unknown; componentType?: string };
      const name = p.componentType === 'series' ? p.name : p.value;
      if (typeof name === 'string') click.current?.(name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, true);
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
