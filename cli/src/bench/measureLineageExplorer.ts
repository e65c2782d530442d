/**
 * The lineage explorer of a dataset page opened in Chromium, timed from the
 * navigation's start (the page's time origin) to:
 *
 * - drawn: every expected node is in the canvas and visible (the server renders
 *   them; the page streams them in with its lineage panel);
 * - interactive: the canvas answers a press of its zoom-in button by zooming in
 *   1.2×. Pressed every frame from the moment the nodes are drawn: until React
 *   has hydrated the explorer a press does nothing, and until React Flow has
 *   fitted the graph to the canvas the zoom can change for that reason too, so
 *   only a zoom of exactly 1.2× from the zoom just before the press counts.
 *
 * The probe is installed before the page's own scripts run and reads only the
 * page's clock, so nothing between this process and the browser is timed.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface LineageLoadTimes {
  /** Navigation start → the page's HTML fully received (its lineage panel streams in last). */
  htmlMs: number[];
  drawnMs: number[];
  interactiveMs: number[];
}

interface LineageProbe {
  done: Promise<{ htmlAt: number; drawnAt: number; interactiveAt: number }>;
}

/** React Flow's zoom-in button zooms by this factor. */
const ZOOM_STEP = 1.2;
const LOAD_TIMEOUT_MS = 60_000;

/**
 * Opens `url` `runs` times in `context`, after `warmUp` untimed loads (so the scripts are cached, as on a second visit).
 * `progress` is told which load is under way.
 */
export async function measureLineageExplorer(
  context: BrowserContext,
  url: string,
  expectedNodes: number,
  runs: number,
  warmUp: number,
  progress: (where: string) => void = () => undefined,
): Promise<LineageLoadTimes> {
  await context.addInitScript(installProbe, { expectedNodes, zoomStep: ZOOM_STEP, timeoutMs: LOAD_TIMEOUT_MS });
  const page = await context.newPage();
  const times: LineageLoadTimes = { htmlMs: [], drawnMs: [], interactiveMs: [] };
  try {
    for (let run = 0; run < warmUp + runs; run++) {
      progress(run < warmUp ? `warm-up load ${run + 1} of ${warmUp}` : `load ${run - warmUp + 1} of ${runs}`);
      await page.goto(url, { waitUntil: 'commit' });
      const { htmlAt, drawnAt, interactiveAt } = await page
        .evaluate(() => (window as unknown as { __polderLineage: LineageProbe }).__polderLineage.done)
        .catch(async (error: unknown) => {
          throw new Error(`${error instanceof Error ? error.message : String(error)} (${await whatThePageShows(page)})`);
        });
      const partial = await page.getByText(/^Partial: the API stopped the walk/).count();
      if (partial > 0) throw new Error(`the lineage explorer at ${url} says the walk was cut by the API's cap: fewer than ${expectedNodes} nodes were meant to be drawn`);
      if (run < warmUp) continue;
      times.htmlMs.push(htmlAt);
      times.drawnMs.push(drawnAt);
      times.interactiveMs.push(interactiveAt);
    }
  } finally {
    await page.close();
  }
  return times;
}

/** For a failure's message: an error the page shows instead of the graph, or whether the canvas is there at all. */
async function whatThePageShows(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const error = document.querySelector('.banner--error')?.textContent?.replace(/\s+/g, ' ').trim();
      if (error) return `the page shows an error: ${error.slice(0, 300)}`;
      const canvas = document.querySelector('.lineage-canvas');
      return canvas ? `the canvas is there, with ${canvas.querySelectorAll('.react-flow__node').length} node elements` : 'the page has no lineage canvas';
    })
    .catch(() => 'the page could not be read');
}

/** Runs in the page before its scripts (an init script): watches every frame for the nodes, then presses zoom-in until it works. */
function installProbe({ expectedNodes, zoomStep, timeoutMs }: { expectedNodes: number; zoomStep: number; timeoutMs: number }): void {
  const scaleOf = (viewport: { style: { transform: string } } | null) => Number(/scale\(([^)]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? Number.NaN);
  const done = new Promise<{ htmlAt: number; drawnAt: number; interactiveAt: number }>((resolve, reject) => {
    let drawnAt: number | null = null;
    let scaleBeforePress: number | null = null;
    let drawnMost = 0;
    const frame = () => {
      const canvas = document.querySelector('.lineage-canvas');
      if (canvas) {
        if (drawnAt === null) {
          const nodes = [...canvas.querySelectorAll('.react-flow__node')].filter((node: { style: { visibility: string } }) => node.style.visibility !== 'hidden').length;
          drawnMost = Math.max(drawnMost, nodes);
          if (nodes >= expectedNodes) drawnAt = performance.now();
        }
        if (drawnAt !== null) {
          const scale = scaleOf(canvas.querySelector('.react-flow__viewport'));
          if (scaleBeforePress !== null && Math.abs(scale / scaleBeforePress - zoomStep) < 0.005) {
            const interactiveAt = performance.now();
            const navigation: { responseEnd: number } | undefined = window.performance.getEntriesByType('navigation')[0];
            return resolve({ htmlAt: navigation?.responseEnd ?? Number.NaN, drawnAt, interactiveAt });
          }
          scaleBeforePress = scale;
          canvas.querySelector('.react-flow__controls-zoomin')?.click();
        }
      }
      if (performance.now() > timeoutMs) {
        return reject(new Error(drawnAt === null ? `the lineage canvas drew ${drawnMost} of ${expectedNodes} nodes in ${timeoutMs / 1000} s` : `the lineage canvas did not zoom when asked within ${timeoutMs / 1000} s`));
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  // The page awaits it only once it is there; a rejection before then is not "unhandled".
  done.catch(() => undefined);
  (window as unknown as { __polderLineage: { done: typeof done } }).__polderLineage = { done };
}
