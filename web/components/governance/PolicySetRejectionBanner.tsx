import type { PolicySetRejection } from '@/lib/api/queries/governanceQuery';
import { formatCount } from '@/lib/format/formatCount';
import { formatDateTime } from '@/lib/format/formatDateTime';

/**
 * Says that polder.yaml's policies are not the ones in force: its last edit was refused, and the findings
 * below are judged by the set before it. Those who write policies see why; others, that it was.
 */
export function PolicySetRejectionBanner({ rejection }: { rejection: PolicySetRejection }) {
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner__title">The policies in polder.yaml were refused on {formatDateTime(rejection.rejectedAt)}.</p>
      <p>
        The policies in force, and the findings below, are still the ones from before that edit, until a valid set is put in
        force. It has {formatCount(rejection.problemCount)} {rejection.problemCount === 1 ? 'problem' : 'problems'}
        {rejection.problems.length > 0 ? ':' : '; the council, domain owners and admins see them here.'}
      </p>
      {rejection.problems.length > 0 && (
        <ul>
          {rejection.problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
