import type { TermVersionEntry } from '@/lib/api';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { termDiffValue } from '@/lib/glossary/termDiffValue';
import { changeActionLabel } from '@/lib/history/changeActionLabel';
import { changeFieldLabel } from '@/lib/history/changeFieldLabel';

/** How many versions the term page lists; the API keeps them all. */
const SHOWN = 20;

/** A term's versions, newest first: who, what, when, why, and the fields that changed. */
export function TermHistorySection({ history }: { history: TermVersionEntry[] }) {
  const shown = history.slice(0, SHOWN);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {shown.length === 0 ? (
        <p className="muted">No version recorded yet.</p>
      ) : (
        <>
          <ol className="history">
            {shown.map((entry) => (
              <TermVersion key={entry.version} entry={entry} />
            ))}
          </ol>
          {history.length > SHOWN && <p className="muted">Showing the latest {SHOWN} of {history.length} versions.</p>}
        </>
      )}
    </section>
  );
}

function TermVersion({ entry }: { entry: TermVersionEntry }) {
  // A new term lists every field; the ones it was created without say nothing.
  const nameOf = new Map(entry.names.map((named) => [named.urn, named.name]));
  const changes = entry.diff
    .map((change) => ({ field: change.field, before: termDiffValue(change.before, nameOf), after: termDiffValue(change.after, nameOf) }))
    .filter((change) => change.before !== change.after);
  return (
    <li className="history__entry">
      <p className="history__summary">
        <strong>{entry.actor}</strong> {changeActionLabel(entry.action)}{' '}
        <time dateTime={entry.at} className="muted">
          {formatDateTime(entry.at)}
        </time>{' '}
        <span className="muted">· version {entry.version}</span>
      </p>
      {entry.comment && <p className="history__comment">“{entry.comment}”</p>}
      {changes.length > 0 && (
        <dl className="history__values">
          {changes.map((change) => (
            <div key={change.field}>
              <dt>{changeFieldLabel(change.field)}</dt>
              <dd>
                <span className="history__before">{change.before}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden"> changed to </span> <span className="history__after">{change.after}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
