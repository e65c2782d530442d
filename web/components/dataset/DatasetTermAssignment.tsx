import type { AssignableTermGroup, DatasetDetail } from '@/lib/api';

import { TermsEditor } from './edit/TermsEditor';

/**
 * The "Assign terms" control of the dataset itself, for those the API lets
 * assign terms (`viewerCanAssignTerms`: stewards, owners of its domain); each
 * column's is in the schema table (ColumnTermsControl).
 */
export function DatasetTermAssignment({ dataset, options }: { dataset: DatasetDetail; options: AssignableTermGroup[] }) {
  if (!dataset.viewerCanAssignTerms) return null;
  return (
    <section aria-labelledby="assign-terms-heading" className="editors">
      <h2 id="assign-terms-heading">Glossary terms</h2>
      <details className="editor">
        <summary>Assign terms to this dataset</summary>
        <TermsEditor urn={dataset.urn} version={dataset.version} datasetUrn={dataset.urn} subject="this dataset" terms={dataset.terms} options={options} />
      </details>
      <p className="form__hint">Each column has its own “Assign terms” in the schema below.</p>
    </section>
  );
}

/** One column's "Assign terms", folded away in its row of the schema table. */
export function ColumnTermsControl({ datasetUrn, field, options }: { datasetUrn: string; field: DatasetDetail['fields'][number]; options: AssignableTermGroup[] }) {
  return (
    <details className="term-assign-disclosure">
      <summary>
        Assign terms<span className="visually-hidden"> to column {field.name}</span>
      </summary>
      <TermsEditor urn={field.urn} version={field.version} datasetUrn={datasetUrn} subject={`column ${field.name}`} terms={field.terms} options={options} />
    </details>
  );
}
