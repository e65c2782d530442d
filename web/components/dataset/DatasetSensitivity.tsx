import type { DatasetDetail } from '@/lib/api';
import { datasetClassifications } from '@/lib/classification/classificationChips';

import { ClassificationsEditor } from './ClassificationsEditor';
import { RestrictedEditor } from './RestrictedEditor';

/**
 * How sensitive the dataset is, for those the API lets say so: its classifications (`viewerCanAssignTerms`:
 * stewards, owners of its domain), each column's being in the schema table (ColumnClassificationsControl);
 * and whether it is restricted (`viewerCanRestrict`: its domain's call). `options` are the classifications
 * to offer (classificationChoices), null for one who may not classify it.
 */
export function DatasetSensitivity({ dataset, options }: { dataset: DatasetDetail; options: string[] | null }) {
  // Masked, they are not this viewer's to replace (whoever may classify the dataset sees them).
  const own = dataset.classifications;
  const classify = dataset.viewerCanAssignTerms && options !== null && own !== null;
  if (!classify && !dataset.viewerCanRestrict) return null;
  const fromColumns = (datasetClassifications(own, dataset.fields) ?? []).filter((chip) => chip.from !== null);
  return (
    <section aria-labelledby="sensitivity-heading" className="editors">
      <h2 id="sensitivity-heading">Classification and restriction</h2>
      {classify && (
        <>
          <details className="editor">
            <summary>Classify this dataset</summary>
            <ClassificationsEditor
              urn={dataset.urn}
              version={dataset.version}
              datasetUrn={dataset.urn}
              subject="this dataset"
              classifications={own}
              inherited={fromColumns}
              inheritedFrom="its columns"
              options={options}
            />
          </details>
          <p className="form__hint">Each column has its own “Classify” in the schema below.</p>
        </>
      )}
      {dataset.viewerCanRestrict && (
        <details className="editor">
          <summary>{dataset.restricted ? 'Lift the restriction' : 'Restrict'}</summary>
          <RestrictedEditor urn={dataset.urn} version={dataset.version} restricted={dataset.restricted} domainName={dataset.domain?.name ?? null} />
        </details>
      )}
    </section>
  );
}
