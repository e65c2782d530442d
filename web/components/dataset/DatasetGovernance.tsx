import { OwnerLink } from '@/components/people/OwnerLink';
import type { DatasetDetail } from '@/lib/api';
import { datasetClassifications } from '@/lib/classification/classificationChips';
import { OWNERSHIP_TYPES } from '@/lib/edits/parseOwnerRows';
import { formatDate } from '@/lib/format/formatDateTime';

import { ClassificationChips } from './ClassificationChips';
import { ContractConformance } from './ContractConformance';
import { tagChips, termChips, ValueChips } from './ValueChips';

const TYPE_LABELS = new Map(OWNERSHIP_TYPES.map(({ type, label }) => [type, label]));

/**
 * Who answers for the dataset and what people have said about it: owners, certification, tags, terms, classifications;
 * and for a table a data contract describes, whether it keeps what the contract promises.
 */
export function DatasetGovernance({ dataset }: { dataset: DatasetDetail }) {
  const { owners, certification } = dataset;
  return (
    // The ids: where trust evidence about the owners and the certification leads.
    <dl className="facts facts--wide">
      <div id="owners">
        <dt>Owners</dt>
        <dd>
          {owners.length === 0 ? (
            <span className="muted">Nobody yet</span>
          ) : (
            <ul className="owner-list">
              {owners.map((owner) => (
                <li key={`${owner.name}:${owner.type}`}>
                  <OwnerLink owner={owner} /> <span className="muted">· {TYPE_LABELS.get(owner.type) ?? owner.type}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div id="certification">
        <dt>Certification</dt>
        <dd>
          {certification ? (
            <>
              {certification.active ? 'Certified' : 'Expired'} by {certification.by}, {formatDate(certification.at)}
              <span className="muted">
                {' '}
                · {certification.active ? 'until' : 'lapsed'} {formatDate(certification.expiresAt)}
              </span>
              {certification.note && <span className="facts__note">{certification.note}</span>}
            </>
          ) : (
            <span className="muted">Not certified</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Tags</dt>
        <dd>
          <ValueChips values={tagChips(dataset.tags)} label="tags" />
        </dd>
      </div>
      <div>
        <dt>Glossary terms</dt>
        <dd>
          <ValueChips values={termChips(dataset.terms)} label="glossary terms" />
        </dd>
      </div>
      <div>
        <dt>Classifications</dt>
        <dd>
          {/* With its columns': a table holding an email column holds PII, whether or not anyone classified the table. */}
          <ClassificationChips chips={datasetClassifications(dataset.classifications, dataset.fields)} label="classifications" />
          {dataset.restricted && <span className="facts__note">Restricted: sensitive values are masked outside its domain.</span>}
        </dd>
      </div>
      {/* id: where a port marked broken on its product's page leads. */}
      {dataset.contractConformance.length > 0 && (
        <div id="contract">
          <dt>Data contract</dt>
          <dd>
            <ContractConformance conformance={dataset.contractConformance} />
          </dd>
        </div>
      )}
    </dl>
  );
}
