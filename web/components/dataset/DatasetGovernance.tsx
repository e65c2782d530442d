import type { DatasetDetail } from '@/lib/api';
import { OWNERSHIP_TYPES } from '@/lib/edits/parseOwnerRows';
import { formatDate } from '@/lib/format/formatDateTime';

import { termChips, ValueChips } from './ValueChips';

const TYPE_LABELS = new Map(OWNERSHIP_TYPES.map(({ type, label }) => [type, label]));

/** Who answers for the dataset and what people have said about it: owners, certification, tags, terms, classifications. */
export function DatasetGovernance({ dataset }: { dataset: DatasetDetail }) {
  const { owners, certification } = dataset;
  return (
    <dl className="facts facts--wide">
      <div>
        <dt>Owners</dt>
        <dd>
          {owners.length === 0 ? (
            <span className="muted">Nobody yet</span>
          ) : (
            <ul className="owner-list">
              {owners.map((owner) => (
                <li key={`${owner.name}:${owner.type}`}>
                  {owner.name} <span className="muted">· {TYPE_LABELS.get(owner.type) ?? owner.type}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
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
          <ValueChips values={dataset.tags} label="tags" />
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
          <ValueChips values={dataset.classifications} label="classifications" />
          {dataset.restricted && <span className="facts__note">Restricted: sensitive values are masked outside its domain.</span>}
        </dd>
      </div>
    </dl>
  );
}
