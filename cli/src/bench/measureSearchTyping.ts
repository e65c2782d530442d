/**
 * Search as someone types it, in Chromium on the search page: each query typed
 * one key at a time into an emptied box, and for each key the time from the key
 * event to the moment the results for the text typed so far are drawn.
 *
 * "The results for the text typed so far" is the results section whose
 * `data-query` (web/components/search/SearchResults.tsx) equals that text,
 * trimmed as the search box trims it; the previous query's list, which stays on
 * screen while the next loads, does not count. "Drawn" is the first animation
 * frame after that section is in the DOM. The next key is pressed only once
 * those results are shown, so each key is timed on its own. A key that does not
 * change the query (a space between words) searches for what is already shown:
 * it is typed, not timed.
 *
 * Each key's time is split where the search box starts the search (its
 * "Searching…" status appears): before it, the box waits for typing to pause;
 * after it, the page is fetched from the server and drawn.
 */
import type { Page } from 'playwright-core';

export interface KeystrokeSample {
  /** The text in the box after the key, as searched. */
  query: string;
  /** Key event → its results drawn. */
  shownMs: number;
  /** Key event → the search started (the box's debounce, mostly); null if the status was never seen. */
  startedMs: number | null;
}

/** Every in-page timing is read from `performance.now()` of the page, so the protocol's own latency is not in it. */
interface Probe {
  done: Promise<{ keyAt: number; startedAt: number | null; shownAt: number }>;
}

const SEARCH_BOX = 'input[role="combobox"][name="q"]';
const RESULTS = 'section[data-query]';
const STATUS = '.search-box__hint [role="status"]';
/** No results for this long after a key: the search is broken, not slow. */
const KEY_TIMEOUT_MS = 30_000;

/** `progress` is told which query is being typed. */
export async function measureSearchTyping(
  page: Page,
  searchUrl: string,
  queries: readonly string[],
  warmUp: readonly string[],
  progress: (where: string) => void = () => undefined,
): Promise<KeystrokeSample[]> {
  progress(`opening ${searchUrl}`);
  await page.goto(searchUrl);
  await page.locator(RESULTS).waitFor();
  // Typed before React has hydrated the box, a key would change the text but search nothing.
  await page.waitForFunction((selector) => {
    const box = document.querySelector(selector);
    return box !== null && Object.keys(box).some((key) => key.startsWith('__reactProps'));
  }, SEARCH_BOX);
  await page.locator(SEARCH_BOX).focus();

  const samples: KeystrokeSample[] = [];
  for (const [index, query] of [...warmUp, ...queries].entries()) {
    const timed = index >= warmUp.length;
    progress(timed ? `query ${index - warmUp.length + 1} of ${queries.length}, "${query}"` : `warm-up query "${query}"`);
    await clearBox(page);
    for (let length = 1; length <= query.length; length++) {
      const text = query.slice(0, length).trim();
      const key = query[length - 1]!;
      if (text === query.slice(0, length - 1).trim()) {
        await page.keyboard.type(key);
        await settle(page);
        continue;
      }
      await armProbe(page, text);
      await page.keyboard.type(key);
      const { keyAt, startedAt, shownAt } = await page.evaluate(() => (window as unknown as { __polderKeystroke: Probe }).__polderKeystroke.done);
      if (timed) samples.push({ query: text, shownMs: shownAt - keyAt, startedMs: startedAt === null ? null : startedAt - keyAt });
      await settle(page);
    }
  }
  return samples;
}

/** Empties the box and waits for the results of the empty query (browse), untimed. */
async function clearBox(page: Page): Promise<void> {
  await page.locator(SEARCH_BOX).fill('');
  await page.locator(`${RESULTS}[data-query=""]`).waitFor({ timeout: KEY_TIMEOUT_MS });
  await settle(page);
}

/** Waits until no search is running (nor about to start: the box's debounce is 250 ms). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.waitForFunction((selector) => !document.querySelector(selector)?.textContent?.includes('Searching'), STATUS, { timeout: KEY_TIMEOUT_MS });
}

/** Starts watching for the next key and for the results of `query`, in the page. */
async function armProbe(page: Page, query: string): Promise<void> {
  await page.evaluate(
    ({ query, selectors, timeoutMs }) => {
      let keyAt: number | null = null;
      let startedAt: number | null = null;
      const done = new Promise<{ keyAt: number; startedAt: number | null; shownAt: number }>((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the results for "${query}" were not shown within ${timeoutMs / 1000} s of the key`));
        }, timeoutMs);
        // Capture phase, on the document: the key's own timestamp, before any handler of the page runs.
        document.addEventListener('keydown', (event: { timeStamp: number }) => (keyAt = event.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (keyAt === null) return;
          if (startedAt === null && document.querySelector(selectors.status)?.textContent?.includes('Searching')) startedAt = performance.now();
          if (document.querySelector(selectors.results)?.getAttribute('data-query') !== query) return;
          observer.disconnect();
          clearTimeout(timer);
          const key = keyAt;
          requestAnimationFrame(() => resolve({ keyAt: key, startedAt, shownAt: performance.now() }));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      (window as unknown as { __polderKeystroke: { done: typeof done } }).__polderKeystroke = { done };
    },
    { query, selectors: { results: RESULTS, status: STATUS }, timeoutMs: KEY_TIMEOUT_MS },
  );
}
