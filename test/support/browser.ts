/**
 * Debian's Chromium driven by playwright-core, launched as `polder bench web`
 * launches it (cli/src/web/launchChromium.ts). Screenshots of each step go to
 * test-results/screenshots/, which git ignores, so a failing run leaves
 * something to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from 'polder';

export const launchBrowser = launchChromium;
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
