import { Count } from '@/components/Count';
import type { OpenIncident, QualityCheckSummary } from '@/lib/api';
import { formatDateTime } from '@/lib/format/formatDateTime';

import { OutcomeBadge } from './OutcomeBadge';

/**
 * The dataset's quality checks with their latest outcome, and the incidents still open. At phone width
 * each check is a card, its values beside their column's name (`card-table`, like the trust components).
 */
export function QualitySection({ checks, incidents }: { checks: QualityCheckSummary[]; incidents: OpenIncident[] }) {
  return (
    <section aria-labelledby="quality-heading" id="quality">
      <h2 id="quality-heading">
        Quality <Count value={checks.length} one="check" other="checks" />
      </h2>
      {checks.length === 0 ? (
        <p className="muted">No quality checks on this dataset.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="quality-heading" tabIndex={0}>
          <table className="data-table quality-table card-table">
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Kind</th>
                <th scope="col">Latest outcome</th>
                <th scope="col">Evaluated</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((check) => (
                <tr key={check.urn}>
                  <th scope="row">
                    {check.name}
                    {check.column && (
                      <span className="muted">
                        {' '}
                        on <code>{check.column}</code>
                      </span>
                    )}
                  </th>
                  <td data-label="Kind">
                    <code>{check.kind}</code> <span className="muted">· {check.source.toLowerCase()}</span>
                  </td>
                  <td data-label="Outcome">{check.latestResult ? <OutcomeBadge outcome={check.latestResult.outcome} /> : <span className="muted">not run yet</span>}</td>
                  <td data-label="Evaluated">{check.latestResult?.evaluatedAt ? formatDateTime(check.latestResult.evaluatedAt) : <span className="muted">—</span>}</td>
                  <td data-label="Message">{check.latestResult?.message ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 id="incidents-heading">
        Open incidents <Count value={incidents.length} one="incident" other="incidents" />
      </h3>
      {incidents.length === 0 ? (
        <p className="muted">No open incidents.</p>
      ) : (
        <ul className="incident-list" aria-labelledby="incidents-heading">
          {incidents.map((incident) => (
            <li key={incident.urn} className="incident">
              <p className="incident__title">
                <span className="badge badge--outcome badge--fail">Open</span> {incident.title}
              </p>
              <p className="muted">
                Opened {formatDateTime(incident.openedAt)} · last failed {formatDateTime(incident.lastFailedAt)} · {incident.failureCount}{' '}
                {incident.failureCount === 1 ? 'failing run' : 'failing runs'}
              </p>
              {incident.message && <p className="incident__message">{incident.message}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
