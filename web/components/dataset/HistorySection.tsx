import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import type { ApiResult, ChangeEntry } from '@/lib/api';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { changeActionLabel } from '@/lib/history/changeActionLabel';
import { describeChange } from '@/lib/history/describeChange';

/** The audit trail: who changed what, when, from what to what; newest first. */
export function HistorySection({ changes, limit }: { changes: ApiResult<ChangeEntry[]>; limit: number }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {!changes.ok ? (
        <ApiErrorBanner failure={changes.failure} />
      ) : changes.data.length === 0 ? (
        <p className="muted">Nobody has edited this dataset through Polder yet; everything shown comes from its source.</p>
      ) : (
        <>
          <ol className="history">
            {changes.data.map((change) => (
              <li key={change.urn} className="history__entry">
                <p className="history__summary">
                  <strong>{change.actor}</strong> {changeActionLabel(change.action)}{' '}
                  <time dateTime={change.at} className="muted">
                    {formatDateTime(change.at)}
                  </time>
                </p>
                {change.comment && <p className="history__comment">“{change.comment}”</p>}
                <dl className="history__values">
                  {describeChange(change.before, change.after, change.names).map((value) => (
                    <div key={value.field}>
                      <dt>{value.field}</dt>
                      <dd>
                        <span className="history__before">{value.before}</span> <span aria-hidden="true">→</span>
                        <span className="visually-hidden"> changed to </span>{' '}
                        <span className="history__after">{value.after}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
          {changes.data.length === limit && <p className="muted">Showing the latest {limit} changes.</p>}
        </>
      )}
    </section>
  );
}
