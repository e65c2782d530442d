import type { DataProductDetail } from '@/lib/api';
import { formatDuration } from '@/lib/format/formatDuration';
import { slaRows } from '@/lib/products/slaRows';

/** The product's service-level agreement: its freshness objective, and every promise of its contract's SLA. */
export function SlaSection({ sla }: { sla: DataProductDetail['sla'] }) {
  const rows = slaRows(sla.entries);
  return (
    <section aria-labelledby="sla-heading">
      <h2 id="sla-heading">Service level</h2>
      <p className={sla.freshnessSloSeconds === null ? 'notice' : undefined}>
        {sla.freshnessSloSeconds === null ? (
          'No freshness objective: its contract declares no latency.'
        ) : (
          <>
            Fresh within <strong>{formatDuration(sla.freshnessSloSeconds)}</strong>
            {sla.freshnessSloElement && (
              <>
                {' '}
                (measured on <code>{sla.freshnessSloElement}</code>)
              </>
            )}
            .
          </>
        )}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="sla-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="sla-caption" className="visually-hidden">
              Service-level agreement
            </caption>
            <thead>
              <tr>
                <th scope="col">Promise</th>
                <th scope="col">Value</th>
                <th scope="col">On</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.property} ${row.driver ?? ''}`}>
                  <th scope="row">
                    {row.property}
                    {row.driver && <span className="muted"> ({row.driver})</span>}
                  </th>
                  <td>{row.value === null ? <span className="muted">—</span> : [row.value, row.unit].filter(Boolean).join(' ')}</td>
                  <td>{row.element ? <code>{row.element}</code> : <span className="muted">—</span>}</td>
                  <td>{row.description ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
