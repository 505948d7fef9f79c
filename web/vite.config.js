// Builds web/dist, which `consortia serve` mounts at /. Relative asset paths,
// so the app also works from any mount point; no CDN: everything is bundled.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: {
          vue: ['vue', 'vue-router'],
          'element-plus': ['element-plus'],
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
