/** Debian's Chromium driven by playwright-core (browsers cannot be downloaded here; see ARCHITECTURE.md). */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Where apt-get puts Chromium. */
export const CHROMIUM = process.env['MOT_CHROMIUM'] ?? '/usr/bin/chromium';

/** Starts headless Chromium with nothing that reaches other hosts. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
