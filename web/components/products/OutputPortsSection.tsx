import Link from 'next/link';

import { Count } from '@/components/Count';
import { OutcomeBadge } from '@/components/dataset/OutcomeBadge';
import { RemovedBadge } from '@/components/dataset/RemovedBadge';
import type { OutputPortFields } from '@/lib/api';
import { enumLabel } from '@/lib/format/enumLabel';
import { datasetHref } from '@/lib/urls/datasetHref';

import { TrustScoreBadge } from './TrustScoreBadge';

/**
 * The datasets the product exposes that a store holds (a crawled table, view or
 * model): each with its kind, trust and the contract object that promises it,
 * marked when the table breaks that promise (its page says how).
 * The contract's own objects are listed by ContractObjectsSection.
 */
export function OutputPortsSection({ ports }: { ports: OutputPortFields[] }) {
  return (
    <section aria-labelledby="output-ports-heading">
      <h2 id="output-ports-heading">
        Output ports <Count value={ports.length} one="dataset" other="datasets" />
      </h2>
      {ports.length === 0 ? (
        <p className="muted">
          No crawled dataset is exposed yet. A contract object is matched with the table of the same database, schema and name once
          that database has been crawled.
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="output-ports-caption" tabIndex={0}>
          <table className="data-table ports-table">
            <caption id="output-ports-caption" className="visually-hidden">
              Output ports
            </caption>
            <thead>
              <tr>
                <th scope="col">Dataset</th>
                <th scope="col">Kind</th>
                <th scope="col">Trust</th>
                <th scope="col">Promised by</th>
              </tr>
            </thead>
            <tbody>
              {ports.map((port) => (
                <tr key={port.urn}>
                  <th scope="row">
                    <Link href={datasetHref(port.urn)}>{port.name}</Link> <RemovedBadge status={port.status} />
                    <span className="link-list__meta">
                      <code>{port.qualifiedName}</code> · {port.platform}
                    </span>
                  </th>
                  <td>{enumLabel(port.subtype)}</td>
                  <td>
                    <TrustScoreBadge trust={port.trust} />
                  </td>
                  <td>
                    {port.describedBy.length === 0 ? (
                      <span className="muted">Set by a person</span>
                    ) : (
                      port.describedBy.map((promise, index) => {
                        const problems = port.contractConformance.find((entry) => entry.promise.urn === promise.urn)?.problems ?? [];
                        return (
                          <span key={promise.urn}>
                            {index > 0 && ', '}
                            <Link href={datasetHref(promise.urn)}>contract object {promise.name}</Link>
                            {problems.length > 0 && (
                              <>
                                {' '}
                                <Link href={`${datasetHref(port.urn)}#contract`}>
                                  <OutcomeBadge outcome="FAIL" label={`Broken: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`} />
                                </Link>
                              </>
                            )}
                          </span>
                        );
                      })
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
