import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BOX_COLORS } from '../../components/box-colors.js';
import { EChart } from '../../components/echart.js';

export type StackRow = { name: string; perKotak: readonly number[] };

/**
 * Horizontal stacked bars: one bar per row (an instansi, a unit), one segment per box 1–9. The numbers are
 * in the table beside it as well.
 */
export function BoxStackChart({
  rows,
  label,
  onSelect,
}: {
  rows: readonly StackRow[];
  label: string;
  onSelect?: (index: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const names = rows.map((r) => r.name).reverse(); // first row on top
    return {
      color: [...BOX_COLORS],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        data: names,
        axisLabel: { width: 160, overflow: 'truncate' },
        triggerEvent: true,
      },
      series: Array.from({ length: 9 }, (_, i) => ({
        name: t('box.short', { box: i + 1 }),
        type: 'bar',
        stack: 'kotak',
        data: rows.map((r) => r.perKotak[i] ?? 0).reverse(),
        cursor: onSelect ? 'pointer' : 'default',
      })),
    };
    // The language is a dependency: the labels change with it.
  }, [rows, t, i18n.language, onSelect]);
  return (
    <EChart
      option={option}
      label={label}
      height={Math.max(220, 60 + rows.length * 30)}
      onClickName={
        onSelect &&
        ((name) => {
          const index = rows.findIndex((r) => r.name === name);
          if (index >= 0) onSelect(index);
        })
      }
    />
  );
}
