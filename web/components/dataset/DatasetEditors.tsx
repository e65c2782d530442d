import type { DatasetDetail } from '@/lib/api';

import { DescriptionEditor } from './edit/DescriptionEditor';
import { EntityEditors } from './edit/EntityEditors';
import { TagsEditor } from './edit/TagsEditor';

/** The dataset's "Edit" section: its description, owners, tags and certification, for those who may edit it. */
export function DatasetEditors({ dataset }: { dataset: DatasetDetail }) {
  return <EntityEditors entity={dataset} keptIn="kept in the dataset’s history" />;
}

/**
 * One column's "Edit", folded away in its row of the schema table: its
 * description and tags (a column has no owners or certification of its own).
 * For those who may edit the dataset (`viewerCanEdit`), as the API decides for
 * its columns; its summary names the column for screen readers, as each row
 * has one. A column's edits are kept in the audit trail, not in the dataset's
 * history the page shows.
 */
export function ColumnEditors({ field }: { field: DatasetDetail['fields'][number] }) {
  const subject = `column ${field.name}`;
  const keptIn = 'kept in the audit trail';
  return (
    <details className="term-assign-disclosure column-edit-disclosure">
      <summary>
        Edit<span className="visually-hidden"> {subject}</span>
      </summary>
      <div className="column-edit">
        <DescriptionEditor urn={field.urn} version={field.version} keptIn={keptIn} subject={subject} description={field.description} />
        <TagsEditor urn={field.urn} version={field.version} keptIn={keptIn} subject={subject} tags={field.tags} />
      </div>
    </details>
  );
}
