/**
 * One ECharts chart in a box that fills its container: made on mount, given
 * each new option whole, resized with its box, disposed on unmount. A click
 * on a data item reports the item's `[x, y]` indices.
 */
import { useEffect, useRef } from 'react';
import { echarts, type HeatmapChartOption } from './heatmap-chart';

export interface EChartProps {
  option: HeatmapChartOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  /** Called with the clicked item's value: `[x index, y index, value]`. */
  onItemClick?(value: readonly number[]): void;
  className?: string;
}

export function EChart({ option, label, onItemClick, className }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.EChartsType | null>(null);
  const click = useRef(onItemClick);
  useEffect(() => {
    click.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => {
      if (Array.isArray(event.value)) click.current?.(event.value as number[]);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true, lazyUpdate: true });
  }, [option]);

  return <div ref={box} className={className ?? 'analysis-chart'} role="img" aria-label={label} />;
}
