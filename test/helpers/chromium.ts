import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium (never a downloaded browser), driven by playwright-core, for the tests that
 * open the HTML report as a reviewer does. CI installs the package (.ci/run).
 */
export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const CHROMIUM_SKIP_NOTE = `skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`;
export const LAPTOP_VIEWPORT = { width: 1366, height: 768 };

/** A browser with its own profile folder (local storage survives a reload, as in a reader's browser). */
export function openChromium(userDataDir: string, options: { javaScriptEnabled?: boolean; acceptDownloads?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: LAPTOP_VIEWPORT,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
