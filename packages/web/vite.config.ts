import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app's build. `mot serve` serves `dist/` at `/`; in development `vite` proxies `/api` to a server
 * started with `npx mot serve --demo --port 8123`.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // Hashed file names let the server cache assets for a year; index.html is never cached.
    assetsDir: 'assets',
    // The polyfill would be an inline script, which the Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://localhost:8123' } },
});
