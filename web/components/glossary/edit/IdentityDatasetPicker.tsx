import Form from 'next/form';

import type { IdentityFieldChoices } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { IDENTITY_DATASET_PARAM, IDENTITY_DATASET_QUERY_PARAM, identityColumnsHref } from '@/lib/urls/identityColumnsHref';

interface IdentityDatasetPickerProps {
  /** The sense whose identity columns are edited. */
  termUrn: string;
  /** Its domain's name, as readers know it: "Rentals". */
  domainName: string;
  choices: IdentityFieldChoices;
}

/**
 * The choice of the dataset whose columns the identity columns editor offers:
 * GET forms, so the choice lives in the URL (identityColumnsHref), works
 * without JavaScript (with it, next/form navigates without a full reload), and
 * a reload keeps it. The list holds the domain's datasets by name, as many as
 * one search page; when the domain has more, a search box narrows it. One
 * picker per page, so its ids are fixed.
 */
export function IdentityDatasetPicker({ termUrn, domainName, choices }: IdentityDatasetPickerProps) {
  const { datasets, datasetTotal, datasetQuery } = choices;
  const action = identityColumnsHref(termUrn);
  const cut = datasetTotal > datasets.length;
  return (
    <>
      {(cut || datasetQuery !== '') && (
        <Form action={action} className="form">
          <div className="form__field">
            <label htmlFor="identity-dataset-query">Find a dataset of {domainName}</label>
            <input
              id="identity-dataset-query"
              type="search"
              name={IDENTITY_DATASET_QUERY_PARAM}
              maxLength={200}
              defaultValue={datasetQuery}
              aria-describedby="identity-dataset-query-hint"
            />
            <p id="identity-dataset-query-hint" className="form__hint">
              {cut
                ? `${formatCount(datasetTotal)} datasets match: the list below holds the first ${formatCount(datasets.length)} by name. Words of a name narrow it.`
                : 'Words of a name narrow the list below; empty lists them all.'}
            </p>
          </div>
          <button type="submit" className="button button--secondary">
            Find
          </button>
        </Form>
      )}
      {datasets.length === 0 ? (
        <p className="muted">{datasetQuery === '' ? `${domainName} has no dataset yet.` : `No dataset of ${domainName} matches “${datasetQuery}”.`}</p>
      ) : (
        <Form action={action} className="form">
          {datasetQuery !== '' && <input type="hidden" name={IDENTITY_DATASET_QUERY_PARAM} value={datasetQuery} />}
          <div className="form__field">
            <label htmlFor="identity-dataset">Dataset</label>
            <select id="identity-dataset" name={IDENTITY_DATASET_PARAM} defaultValue={choices.chosen?.urn ?? ''} aria-describedby="identity-dataset-hint">
              <option value="">Choose a dataset of {domainName}</option>
              {datasets.map((dataset) => (
                <option key={dataset.urn} value={dataset.urn}>
                  {dataset.qualifiedName ?? dataset.name}
                </option>
              ))}
            </select>
            <p id="identity-dataset-hint" className="form__hint">
              A sense is identified by columns of its own domain.
            </p>
          </div>
          <button type="submit" className="button button--secondary">
            Show its columns
          </button>
        </Form>
      )}
      {choices.chosenUrn !== null && choices.chosen === null && (
        <p className="notice" role="status">
          The dataset chosen was not found: choose another.
        </p>
      )}
    </>
  );
}
