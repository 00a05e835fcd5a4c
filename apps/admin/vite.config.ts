import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { graphqlDocumentsPlugin } from './build/graphql-documents-plugin.js';
import { vueNamespacePlugin } from './build/vue-namespace-plugin.js';

const apiOrigin = process.env['API_ORIGIN'] ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [graphqlDocumentsPlugin(), vueNamespacePlugin(), vue()],
  server: { proxy: { '/graphql': apiOrigin, '/exports': apiOrigin, '/files': apiOrigin, '/letters': apiOrigin } },
  // Features the admin does not use, left out of the first page load: Vue's Options API and
  // production devtools, vue-i18n's legacy API and its global components (<i18n-t>, v-t).
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // bench/bundle-report.ts reads the manifest to find what the first page load needs.
    manifest: true,
    // The chart library and exceljs are big, but each loads only on the screen that needs it.
    chunkSizeWarningLimit: 1000,
  },
});
