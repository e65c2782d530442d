import type { PolicySummary } from '@/lib/api';

import { SeverityBadge } from './SeverityCountsList';

/** The policies in force: what each targets and requires, how severe, why, and how many assets break it now. */
export function PolicyTable({ policies }: { policies: PolicySummary[] }) {
  if (policies.length === 0) {
    return (
      <p className="muted">
        No policies are in force: declare them under <code>governance:</code> in polder.yaml.
      </p>
    );
  }
  return (
    <div className="table-scroll" role="region" aria-label="Policies in force, table" tabIndex={0}>
      <table className="data-table policy-table">
        <caption className="visually-hidden">Policies in force</caption>
        <thead>
          <tr>
            <th scope="col">Policy</th>
            <th scope="col">Applies to</th>
            <th scope="col">Requires</th>
            <th scope="col">Severity</th>
            <th scope="col">Open</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((policy) => (
            <tr key={policy.id}>
              <th scope="row">
                <code>{policy.id}</code>
                <span className="policy-table__origin muted">{policy.domain ? ` ${policy.domain} pack` : ' global'}</span>
                {policy.description && <p className="policy-table__description">{policy.description}</p>}
                <p className="policy-table__rationale muted">Why: {policy.rationale}</p>
              </th>
              <td>{targetText(policy.target)}</td>
              <td>
                {policy.requirements.map((requirement) => (
                  <code key={requirement} className="policy-table__requirement">
                    {requirement}
                  </code>
                ))}
              </td>
              <td>
                <SeverityBadge severity={policy.severity} />
                {policy.raisedIn.map((raised) => (
                  <span key={raised.domain} className="policy-table__raised muted">
                    {' '}
                    {raised.domain}: <SeverityBadge severity={raised.severity} />
                  </span>
                ))}
              </td>
              <td>{policy.openFindings}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `output-port datasets of finance, classified PII`, from the target selector. */
export function targetText(target: PolicySummary['target']): string {
  const kind = { dataset: 'datasets', field: 'columns', dataProduct: 'data products' }[target.type] ?? target.type;
  const parts = [`${target.outputPort === true ? 'output-port ' : target.outputPort === false ? 'non-port ' : ''}${kind}`];
  if (target.domains) parts.push(`of ${target.domains.join(', ')}`);
  if (target.products) parts.push(`in ${target.products.join(', ')}`);
  if (target.classifications) parts.push(`classified ${target.classifications.join(' or ')}`);
  if (target.tags) parts.push(`tagged ${target.tags.join(' or ')}`);
  if (target.status !== 'active') parts.push(target.status === 'any' ? '(removed ones too)' : '(removed ones)');
  return parts.join(' ');
}
