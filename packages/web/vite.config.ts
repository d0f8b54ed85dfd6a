import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `@djt/shared` is consumed as TypeScript source, in dev and in the production build alike, so
// the web client never waits for (or drifts from) a separate build of the shared package.
const sharedSrc = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@djt/shared': sharedSrc } },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // antd alone is ~400 kB minified; the warning would fire on every build without saying anything new.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Stable vendor chunks: app deploys do not invalidate the browser's copy of React/antd.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](\.pnpm[\\/])?(echarts|zrender)/.test(id)) return 'echarts';
          if (/[\\/]node_modules[\\/](\.pnpm[\\/])?exceljs/.test(id)) return 'exceljs';
          return undefined;
        },
      },
    },
  },
});
