/**
 * ECharts as the analyses use it: the core with only the heat map, its grid,
 * tooltip, continuous visual map, data zoom and the canvas renderer
 * registered, so the bundle carries these and not the whole library.
 */
import * as echarts from 'echarts/core';
import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  type DataZoomComponentOption,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, DataZoomSliderComponent, DataZoomInsideComponent, CanvasRenderer]);

/** The option of a heat map, typed to what is registered here. */
export type HeatmapChartOption = echarts.ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption | DataZoomComponentOption>;

/** The ECharts core with the heat map registered. */
export { echarts };
