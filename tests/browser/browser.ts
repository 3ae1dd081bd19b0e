import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it when missing); CHROMIUM_PATH names another. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Where the screenshots go: look at them after a run. */
export const SCREENSHOTS = join(__dirname, '../../test-results/screenshots');

/** `describe` when Chromium is here; otherwise skipped (the run's global setup says so). */
export function describeInBrowser(name: string, body: () => void): void {
  (HAS_CHROMIUM ? describe : describe.skip)(name, body);
}

/**
 * Headless, no sandbox (the tests run as root), and none of Chromium's own
 * network traffic: this machine's network is closed, and every refused
 * connection of the background services would slow the start.
 */
export function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
