/**
 * The dataset page's server response, as a browser receives it: one request at
 * a time over loopback, timed to the first byte of the HTML and to its last
 * (the page streams its Suspense panels, quality, profile and lineage, in the
 * same response, so the last byte is when the server has said everything).
 * A page still not whole after a minute fails the run: the server is stuck.
 */

/** A page to load, and the dataset name that proves it is that page. */
export interface DatasetPageTarget {
  url: string;
  name: string;
}

export interface DatasetPageTimes {
  firstByteMs: number[];
  fullMs: number[];
}

const PAGE_TIMEOUT_MS = 60_000;

export interface DatasetPagesOptions {
  /** Stops the loads (the one under way fails). */
  signal?: AbortSignal;
  /** Told which load is under way. */
  progress?: (where: string) => void;
}

/** Times `requests` page loads, going round `pages`, after one untimed load of each of `warmUp`. */
export async function measureDatasetPages(
  pages: readonly DatasetPageTarget[],
  requests: number,
  warmUp: readonly DatasetPageTarget[],
  { signal, progress }: DatasetPagesOptions = {},
): Promise<DatasetPageTimes> {
  for (const [index, page] of warmUp.entries()) {
    progress?.(`warm-up load ${index + 1} of ${warmUp.length}: ${page.url}`);
    await loadPage(page, signal);
  }
  const times: DatasetPageTimes = { firstByteMs: [], fullMs: [] };
  for (let i = 0; i < requests; i++) {
    const page = pages[i % pages.length]!;
    progress?.(`request ${i + 1} of ${requests}: ${page.url}`);
    const { firstByteMs, fullMs } = await loadPage(page, signal);
    times.firstByteMs.push(firstByteMs);
    times.fullMs.push(fullMs);
  }
  return times;
}

async function loadPage({ url, name }: DatasetPageTarget, signal: AbortSignal | undefined): Promise<{ firstByteMs: number; fullMs: number }> {
  const timeout = AbortSignal.timeout(PAGE_TIMEOUT_MS);
  try {
    return await timedLoad(url, name, signal ? AbortSignal.any([signal, timeout]) : timeout);
  } catch (error) {
    if (timeout.aborted) throw new Error(`${url} was not whole within ${PAGE_TIMEOUT_MS / 1000} s of the request: the web catalog (or the API under it) is stuck`);
    throw error;
  }
}

async function timedLoad(url: string, name: string, signal: AbortSignal): Promise<{ firstByteMs: number; fullMs: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: 'text/html' }, signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let firstByteMs: number | undefined;
  let html = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByteMs ??= performance.now() - started;
    html += decoder.decode(value, { stream: true });
  }
  const fullMs = performance.now() - started;
  // A fast error page, or a panel that failed, would flatter the figures: each answer must be the dataset's page, whole.
  if (response.status !== 200 || !html.includes(name) || !html.includes('</html>')) {
    throw new Error(`${url} answered ${response.status} without the whole page of ${name}: ${html.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  const failed = html.indexOf('banner--error');
  if (failed >= 0) throw new Error(`${url} shows an error: ${html.slice(failed, failed + 600).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ')}`);
  return { firstByteMs: firstByteMs ?? fullMs, fullMs };
}
