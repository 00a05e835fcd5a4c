import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { graphqlDocumentsPlugin } from './build/graphql-documents-plugin.js';

const apiOrigin = process.env['API_ORIGIN'] ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [graphqlDocumentsPlugin(), vue()],
  server: { proxy: { '/graphql': apiOrigin, '/exports': apiOrigin, '/files': apiOrigin } },
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
