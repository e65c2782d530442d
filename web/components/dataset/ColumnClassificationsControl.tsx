import type { FieldRowFields } from '@/lib/api';
import { columnClassifications } from '@/lib/classification/classificationChips';

import { ClassificationsEditor } from './ClassificationsEditor';

/**
 * One column's "Classify", folded away in its row of the schema table. Left out when its classifications
 * are masked: a list one cannot see is not one to replace (and whoever may classify a column sees them).
 */
export function ColumnClassificationsControl({ datasetUrn, field, options }: { datasetUrn: string; field: FieldRowFields; options: string[] }) {
  const chips = columnClassifications(field);
  if (chips === null || field.classifications === null) return null;
  return (
    <details className="term-assign-disclosure">
      <summary>
        Classify<span className="visually-hidden"> column {field.name}</span>
      </summary>
      <ClassificationsEditor
        urn={field.urn}
        version={field.version}
        datasetUrn={datasetUrn}
        subject={`column ${field.name}`}
        classifications={field.classifications}
        inherited={chips.filter((chip) => chip.from !== null)}
        inheritedFrom="its glossary terms"
        options={options}
      />
    </details>
  );
}
