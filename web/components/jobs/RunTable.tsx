import Link from 'next/link';

import type { DatasetRunFields, RunFields } from '@/lib/api';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { runDuration } from '@/lib/jobs/runDuration';
import { runStateLabel } from '@/lib/jobs/runStateLabel';
import { jobHref } from '@/lib/urls/jobHref';

interface RunTableProps {
  /** Newest started first, as the API orders them. */
  runs: ReadonlyArray<RunFields | DatasetRunFields>;
  labelledBy: string;
  /** What the table says when there are none. */
  emptyText: string;
}

/**
 * Runs of jobs as OpenLineage reports them: state, start, end and how long it took. Runs around a
 * dataset (DatasetRunFields) also name their job, linked, and whether it writes or reads the dataset.
 * At phone width each run is a card (`card-table`, like the trust components and quality checks).
 */
export function RunTable({ runs, labelledBy, emptyText }: RunTableProps) {
  if (runs.length === 0) return <p className="muted">{emptyText}</p>;
  const withJobs = runs.some((run) => 'job' in run);
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table run-table card-table">
        <thead>
          <tr>
            {withJobs && <th scope="col">Job</th>}
            <th scope="col">State</th>
            <th scope="col">Started</th>
            <th scope="col">Ended</th>
            <th scope="col">Took</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const state = runStateLabel(run.state);
            const took = runDuration(run.startedAt, run.endedAt);
            return (
              <tr key={run.urn}>
                {'job' in run && (
                  <th scope="row">
                    <Link href={jobHref(run.job.urn)}>{run.job.name}</Link>
                    <span className="facts__note">{runRole(run)}</span>
                  </th>
                )}
                <td data-label="State">
                  <span className={`badge badge--outcome badge--${state.badge}`} title={state.label === run.state ? undefined : run.state}>
                    {state.label}
                  </span>
                </td>
                <td className="run-table__time" data-label="Started">{run.startedAt ? formatDateTime(run.startedAt) : <span className="muted">Not reported</span>}</td>
                <td className="run-table__time" data-label="Ended">{run.endedAt ? formatDateTime(run.endedAt) : <span className="muted">Not yet</span>}</td>
                <td className="run-table__time" data-label="Took">{took ?? <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Which way the run's job meets the dataset. */
function runRole(run: DatasetRunFields): string {
  if (run.isOutput && run.isInput) return 'reads and writes it';
  return run.isOutput ? 'writes it' : 'reads it';
}
