import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build-tools/graphql-documents';

// `@djt/shared` is consumed as TypeScript source, in dev and in the production build alike, so
// the web client never waits for (or drifts from) a separate build of the shared package.
const sharedSrc = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const sharedDir = fileURLToPath(new URL('../shared/src/', import.meta.url));
const generatedDocuments = fileURLToPath(new URL('./src/generated/graphql.ts', import.meta.url));

/** Framework libraries every page runs; they change rarely, so they get their own cached chunk. */
const VENDOR = [
  'react',
  'react-dom',
  'scheduler',
  'react-router',
  'react-router-dom',
  'urql',
  '@urql/core',
  'wonka',
  '@0no-co/graphql.web',
  'i18next',
  'react-i18next',
];
const vendorPattern = new RegExp(
  `[\\\\/]node_modules[\\\\/](?:${VENDOR.map((p) => p.replace('/', '[\\\\/]')).join('|')})[\\\\/]`,
);

export default defineConfig({
  // Each `graphql(...)` call imports only its own document: a page's chunk carries only its queries.
  plugins: [graphqlDocuments(generatedDocuments), react()],
  resolve: { alias: { '@djt/shared': sharedSrc } },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // exceljs (loaded on the first export) is ~940 kB minified; the warning would say nothing new.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      /**
       * @djt/shared is consumed as source through its index, which re-exports every record
       * module, including the zod schemas of their input validation (zod is ~60 kB gzipped). Its
       * modules only define things, so one the page does not use is dropped whole: zod then
       * ships with the class form that validates, not with every page.
       */
      treeshake: { moduleSideEffects: (id) => !id.startsWith(sharedDir) },
      output: {
        // A shared chunk whose first module is some package's `index.js` (antd's input, select…)
        // is named after its folder, so `index-*.js` is only ever the entry.
        chunkFileNames: (chunk) => {
          if (chunk.name !== 'index') return 'assets/[name]-[hash].js';
          const index = chunk.facadeModuleId ?? chunk.moduleIds.find((id) => /[\\/]index\.[jt]sx?$/.test(id));
          return `assets/${index ? path.basename(path.dirname(index)) : 'shared'}-[hash].js`;
        },
        /**
         * `vendor`: React, router, urql and i18next, which every page needs and which change
         * rarely, so an app deploy does not invalidate the browser's copy. Everything else is
         * split by Rollup along the lazy routes, so a page loads only the antd components it
         * draws. Naming a lazily used library here (exceljs once was) is a trap: the entry then
         * imported Rollup's CommonJS helper from that chunk and every page downloaded 270 kB of
         * exceljs; the helper is pinned to `vendor` for that reason.
         */
        manualChunks(id) {
          if (id.startsWith('\0commonjsHelpers') || vendorPattern.test(id)) return 'vendor';
          if (/[\\/]node_modules[\\/](\.pnpm[\\/])?(echarts|zrender)/.test(id)) return 'echarts';
          return undefined;
        },
      },
    },
  },
});
