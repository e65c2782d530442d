import type { CrawlRunFields } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { formatDateTime } from '@/lib/format/formatDateTime';

/** Status in words (and a badge colour that only repeats them). */
const STATUS = {
  RUNNING: { label: 'Running', badge: 'warn' },
  SUCCEEDED: { label: 'Succeeded', badge: 'pass' },
  FAILED: { label: 'Failed', badge: 'fail' },
} as const;

/** Warnings listed in full up to this many; the rest are counted. */
const WARNINGS_SHOWN = 10;

/** A source's latest runs, newest first, as the API orders them. */
export function CrawlRunTable({ runs, labelledBy }: { runs: CrawlRunFields[]; labelledBy: string }) {
  if (runs.length === 0) return <p className="muted">Never crawled yet.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table run-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col">Ended</th>
            <th scope="col" className="data-table__num">
              Read
            </th>
            <th scope="col" className="data-table__num">
              Created
            </th>
            <th scope="col" className="data-table__num">
              Updated
            </th>
            <th scope="col" className="data-table__num">
              Removed
            </th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>
                <RunStatus status={run.status} />
              </td>
              <td className="run-table__time">{formatDateTime(run.startedAt)}</td>
              <td className="run-table__time">{run.endedAt ? formatDateTime(run.endedAt) : <span className="muted">Not yet</span>}</td>
              <CountCell value={run.read} />
              <CountCell value={run.created} />
              <CountCell value={run.updated} />
              <CountCell value={run.removed} />
              <td className="run-table__problems">
                <Problems run={run} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RunStatus({ status }: { status: string }) {
  const known = STATUS[status as keyof typeof STATUS];
  return <span className={`badge badge--outcome badge--${known?.badge ?? 'status'}`}>{known?.label ?? status}</span>;
}

function CountCell({ value }: { value: number | null }) {
  return <td className="data-table__num">{value === null ? <span className="muted">
          –<span className="visually-hidden">not known</span>
        </span> : formatCount(value)}</td>;
}

function Problems({ run }: { run: CrawlRunFields }) {
  if (!run.error && run.warnings.length === 0) return <span className="muted">None</span>;
  return (
    <>
      {run.error && <p className="run-table__error">Error: {run.error}</p>}
      {run.warnings.length > 0 && (
        <details>
          <summary>
            {run.warnings.length} {run.warnings.length === 1 ? 'warning' : 'warnings'}
          </summary>
          <ul className="plain-list">
            {run.warnings.slice(0, WARNINGS_SHOWN).map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
            {run.warnings.length > WARNINGS_SHOWN && <li className="muted">and {run.warnings.length - WARNINGS_SHOWN} more</li>}
          </ul>
        </details>
      )}
    </>
  );
}
