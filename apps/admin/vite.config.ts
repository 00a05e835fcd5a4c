import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const apiOrigin = process.env['API_ORIGIN'] ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  server: { proxy: { '/graphql': apiOrigin } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
