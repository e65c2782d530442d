/**
 * The dataset page's server response, as a browser receives it: one request at
 * a time over loopback, timed to the first byte of the HTML and to its last
 * (the page streams its Suspense panels, quality, profile and lineage, in the
 * same response, so the last byte is when the server has said everything).
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

/** Times `requests` page loads, going round `pages`, after one untimed load of each of `warmUp`. */
export async function measureDatasetPages(pages: readonly DatasetPageTarget[], requests: number, warmUp: readonly DatasetPageTarget[]): Promise<DatasetPageTimes> {
  for (const page of warmUp) await loadPage(page);
  const times: DatasetPageTimes = { firstByteMs: [], fullMs: [] };
  for (let i = 0; i < requests; i++) {
    const { firstByteMs, fullMs } = await loadPage(pages[i % pages.length]!);
    times.firstByteMs.push(firstByteMs);
    times.fullMs.push(fullMs);
  }
  return times;
}

async function loadPage({ url, name }: DatasetPageTarget): Promise<{ firstByteMs: number; fullMs: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: 'text/html' } });
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
