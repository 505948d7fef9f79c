// ECharts with only the parts the app draws, rendered as SVG (crisp when
// printed, and its text is readable by tests and screen readers).
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, VisualMapComponent,
  GeoComponent, TitleComponent, AriaComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([
  BarChart, HeatmapChart, MapChart, ScatterChart,
  GridComponent, TooltipComponent, LegendComponent, VisualMapComponent,
  GeoComponent, TitleComponent, AriaComponent, SVGRenderer,
]);

export default echarts;
