import Link from 'next/link';

import type { ContractConformanceFields } from '@/lib/api';
import { datasetHref } from '@/lib/urls/datasetHref';

import { OutcomeBadge } from './OutcomeBadge';

/**
 * Whether a crawled table keeps each data contract that describes it: "Keeps its contract" with a link to
 * the contract object, or what it breaks, column by column (`Dataset.contractConformance`).
 */
export function ContractConformance({ conformance }: { conformance: ContractConformanceFields[] }) {
  return (
    <ul className="plain-list" aria-label="Data contracts describing it">
      {conformance.map(({ promise, conforms, problems }) => (
        <li key={promise.urn}>
          <OutcomeBadge outcome={conforms ? 'PASS' : 'FAIL'} label={conforms ? 'Kept' : 'Broken'} /> {conforms ? 'Keeps its contract' : 'Breaks its contract'}:{' '}
          <Link href={datasetHref(promise.urn)}>contract object {promise.name}</Link>
          {!conforms && (
            <ul className="evidence-list" aria-label={`What it breaks of contract object ${promise.name}`}>
              {problems.map((problem) => (
                <li key={`${problem.column} ${problem.kind}`}>{problem.description}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
