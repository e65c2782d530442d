/**
 * A one-line progress bar for long crawls, on stderr and only when it is a
 * terminal (a log file or a CI run gets the summary lines alone):
 *
 *   rentals-db  writing [██████████░░░░░░░░░░]  55,000 / 110,000 rows · 14,812 rows/s
 */
import type { CrawlProgressEvent } from '@polder/crawlers';

const WIDTH = 20;

export function renderProgress(label: string, event: CrawlProgressEvent, elapsedSeconds: number): string {
  if (event.phase === 'reading' || event.total === 0) return `${label}  ${event.phase}…`;
  const filled = Math.round((event.done / event.total) * WIDTH);
  const rate = elapsedSeconds > 0 ? Math.round(event.done / elapsedSeconds) : 0;
  return `${label}  writing [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${event.done.toLocaleString('en')} / ${event.total.toLocaleString('en')} rows · ${rate.toLocaleString('en')} rows/s`;
}

/** A progress callback that redraws the bar in place; `done()` clears it. */
export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr): { update: (event: CrawlProgressEvent) => void; done: () => void } {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let writingSince = 0;
  return {
    update(event) {
      if (event.phase === 'writing' && writingSince === 0) writingSince = performance.now();
      stream.write(`\r\x1b[2K${renderProgress(label, event, writingSince ? (performance.now() - writingSince) / 1000 : 0)}`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
