import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API server the dev server forwards /api to (TT_API_URL to use another one).
const api = process.env.TT_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries the first page needs (React, the router, TanStack Query, the Mantine parts of the login
          // page and the app shell) in one chunk that changes only when they do, so a new version of the app
          // costs returning users the small app chunk, not ~170 kB gzip of libraries again. '$initial' keeps
          // out what only screens use (charts, date pickers): automatic splitting leaves those with the screens.
          groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
    },
  },
});
