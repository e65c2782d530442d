/** What every browser test checks on a page: axe, and that it fits a phone; with screenshots at both widths. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './axe.ts';
import { screenshot } from './browser.ts';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** axe finds nothing serious or critical, and nothing scrolls sideways at phone width; screenshots at both widths. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  // Next streams a page's metadata after its content (and again after a server action re-renders it), so the
  // title may land a moment after what the test waited for. A page that never gets one still fails axe below.
  await page.waitForFunction(() => document.title !== '', undefined, { timeout: 5_000 }).catch(() => undefined);
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

/**
 * Each element `locator` finds lies within the window's width and within every box around it that
 * scrolls or clips sideways: reachable at the current width without scrolling anything sideways.
 * checkPage only sees the page itself scroll; a wide table in a scrolling box of its own does not
 * make it, yet what sits past that box's right edge is out of reach all the same.
 */
export async function expectReachableWithoutSidewaysScrolling(locator: Locator, what: string): Promise<void> {
  const outOfReach = await locator.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      const bounds = [{ name: 'the window', left: 0, right: window.innerWidth }];
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (window.getComputedStyle(parent).overflowX === 'visible') continue;
        const { left, right } = parent.getBoundingClientRect();
        bounds.push({ name: `${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}`, left, right });
      }
      const past = bounds.find((bound) => box.left < bound.left - 1 || box.right > bound.right + 1);
      if (box.width > 0 && !past) return [];
      const where = `${Math.round(box.left)}–${Math.round(box.right)}px`;
      return [past ? `"${element.textContent?.trim().slice(0, 40)}" at ${where}, past ${past.name} (${Math.round(past.left)}–${Math.round(past.right)}px)` : `"${element.textContent?.trim().slice(0, 40)}" is not drawn`];
    }),
  );
  expect(await locator.count(), `no ${what} found`).toBeGreaterThan(0);
  expect(outOfReach, `${what} out of reach without scrolling sideways`).toEqual([]);
}
