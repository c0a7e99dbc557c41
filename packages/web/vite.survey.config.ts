import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The public survey page's build (survey.html, `/s/<token>`), run after the app's into the same `dist/`.
 * A page of its own so that React is replaced by Preact (preact/compat, the same API): survey-react-ui runs
 * on it unchanged (SurveyJS's own survey-js-ui is survey-react-ui built on Preact this way), and a customer
 * on a phone downloads about 60 KB (gzip) less JavaScript than with React.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1600,
    rollupOptions: { input: { survey: 'survey.html' } },
  },
});
