/** What every browser test checks on a page: axe, and that it fits a phone; with screenshots at both widths. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './axe.ts';
import { screenshot } from './browser.ts';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** axe finds nothing serious or critical, and nothing scrolls sideways at phone width; screenshots at both widths. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, name);
  await page.setViewportSize(PHONE);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true).catch(async (error: unknown) => {
    throw new Error(`${name} scrolls sideways at ${PHONE.width}px; too wide: ${(await widerThanViewport(page)).join(', ')}`, { cause: error });
  });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** The deepest elements reaching past the right edge: what makes a page scroll sideways. */
function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)}px)`),
  );
}
