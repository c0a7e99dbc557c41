import react from '@vitejs/plugin-react';
import { build, defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * Builds the public survey page (vite.survey.config.ts, on Preact) into `dist/` once the app is built, so
 * that every `vite build` leaves both pages (the app's build empties `dist/` first).
 */
const surveyPage = (): Plugin => ({
  name: 'mot-survey-page',
  apply: 'build',
  async closeBundle() {
    await build({
      configFile: new URL('./vite.survey.config.ts', import.meta.url).pathname,
      logLevel: 'warn',
    });
  },
});

/**
 * The web app's build. `mot serve` serves `dist/` at `/`; in development `vite` proxies `/api` to a server
 * started with `npx mot serve --demo --port 8123`.
 */
export default defineConfig({
  plugins: [react(), surveyPage()],
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
