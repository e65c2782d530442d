import type { ApiTokenFields } from '@/lib/api';
import { formatDate } from '@/lib/format/formatDateTime';
import { tokenStatus } from '@/lib/tokens/tokenStatus';

import { RevokeTokenForm } from './RevokeTokenForm';

const STATUS_LABELS = { active: 'Active', revoked: 'Revoked', expired: 'Expired' } as const;

/** The signed-in person's tokens, newest first, with a revoke button on those that still work. */
export function TokenTable({ tokens, labelledBy }: { tokens: ApiTokenFields[]; labelledBy: string }) {
  if (tokens.length === 0) return <p className="muted">You have no API tokens yet.</p>;
  const now = new Date();
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token, now);
            return (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{token.scopes.join(', ')}</td>
                <td>{formatDate(token.createdAt)}</td>
                <td>{formatDate(token.expiresAt)}</td>
                <td>
                  <span className={`badge badge--${status}`}>{STATUS_LABELS[status]}</span>
                </td>
                <td>{status === 'active' && <RevokeTokenForm id={token.id} name={token.name} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
