import Link from 'next/link';

import type { DatasetTrust, TrustEvidence } from '@/lib/api';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { formatInstantsIn } from '@/lib/format/formatInstantsIn';
import { trustLabel } from '@/lib/format/trustLabel';
import { evidenceHref, type TrustSectionIds } from '@/lib/trust/evidenceHref';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const points = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });

/**
 * The trust score (0–100) with a label, and what it is made of: each component's value, weight, points and evidence.
 * `sections`: the ids of the parts of the page that evidence about the asset itself leads to (evidenceHref).
 * On a phone each component is a card (the stylesheet), each value under its column's name (`data-label`).
 */
export function TrustSection({ trust, subject = 'dataset', sections = {} }: { trust: DatasetTrust | null; subject?: 'dataset' | 'data product'; sections?: TrustSectionIds }) {
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
            <table className="data-table trust-table card-table">
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
                    <td className="data-table__num" data-label="Value">
                      {component.value === null ? <span className="muted">unknown</span> : percent(component.value)}
                    </td>
                    <td className="data-table__num" data-label="Weight">
                      {points(component.weight)}
                    </td>
                    <td className="data-table__num" data-label="Points">
                      {points(component.contribution)}
                    </td>
                    <td data-label="Evidence">
                      <EvidenceList evidence={component.evidence} sections={sections} />
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

function EvidenceList({ evidence, sections }: { evidence: TrustEvidence[]; sections: TrustSectionIds }) {
  if (evidence.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((item, index) => {
        const href = evidenceHref(item, sections);
        // The API writes its evidence's instants (certified until, measured from) as ISO 8601.
        const description = formatInstantsIn(item.description);
        // A link within this page is a plain anchor: Next's Link would ask the server for the page again.
        const link = href?.startsWith('#') ? <a href={href}>{description}</a> : href ? <Link href={href}>{description}</Link> : description;
        return <li key={`${item.kind}:${item.urn ?? ''}:${index}`}>{link}</li>;
      })}
    </ul>
  );
}
