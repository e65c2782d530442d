import Link from 'next/link';

import type { DatasetTrust, TrustEvidence } from '@/lib/api';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { formatInstantsIn } from '@/lib/format/formatInstantsIn';
import { trustLabel } from '@/lib/format/trustLabel';
import { urnHref } from '@/lib/urls/entityHref';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const points = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });

/** The trust score (0–100) with a label, and what it is made of: each component's value, weight, points and evidence. */
export function TrustSection({ trust, subject = 'dataset' }: { trust: DatasetTrust | null; subject?: 'dataset' | 'data product' }) {
  return (
    <section aria-labelledby="trust-heading" id="trust">
      <h2 id="trust-heading">Trust</h2>
      {trust === null ? (
        <p className="muted">Not scored yet: the score appears once the trust scorer has seen this {subject}.</p>
      ) : (
        <>
          <p className="trust-score">
            <span className={`trust-score__value trust-score__value--${trustLabel(trust.score).tone}`}>
              {trust.score}
              <span className="trust-score__max"> / 100</span>
            </span>
            <span className="trust-score__label">{trustLabel(trust.score).text}</span>
            <span className="muted trust-score__time">computed {formatDateTime(trust.computedAt)}</span>
          </p>
          <div className="table-scroll" role="region" aria-labelledby="trust-table-caption" tabIndex={0}>
            <table className="data-table trust-table">
              <caption id="trust-table-caption" className="visually-hidden">
                Trust score components
              </caption>
              <thead>
                <tr>
                  <th scope="col">Component</th>
                  <th scope="col" className="data-table__num">
                    Value
                  </th>
                  <th scope="col" className="data-table__num">
                    Weight
                  </th>
                  <th scope="col" className="data-table__num">
                    Points
                  </th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {trust.components.map((component) => (
                  <tr key={component.name}>
                    <th scope="row">{component.name}</th>
                    <td className="data-table__num">{component.value === null ? <span className="muted">unknown</span> : percent(component.value)}</td>
                    <td className="data-table__num">{points(component.weight)}</td>
                    <td className="data-table__num">{points(component.contribution)}</td>
                    <td>
                      <EvidenceList evidence={component.evidence} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">
            Unknown components are left out: their weight neither helps nor hurts. Points are the share of the score each component gives.
          </p>
        </>
      )}
    </section>
  );
}

function EvidenceList({ evidence }: { evidence: TrustEvidence[] }) {
  if (evidence.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((item, index) => {
        const href = item.urn ? urnHref(item.urn) : null;
        // The API writes its evidence's instants (certified until, measured from) as ISO 8601.
        const description = formatInstantsIn(item.description);
        return <li key={`${item.kind}:${item.urn ?? ''}:${index}`}>{href ? <Link href={href}>{description}</Link> : description}</li>;
      })}
    </ul>
  );
}
