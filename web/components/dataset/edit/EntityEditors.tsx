import type { DatasetCertification, DatasetOwner } from '@/lib/api';

import { CertificationEditor } from './CertificationEditor';
import { DescriptionEditor } from './DescriptionEditor';
import { OwnersEditor } from './OwnersEditor';
import { TagsEditor } from './TagsEditor';

/** What a dataset and a data product both have, as the page read it, that a person may edit. */
interface EditableEntity {
  urn: string;
  version: number;
  description: string | null;
  owners: DatasetOwner[];
  tags: string[];
  certification: DatasetCertification | null;
  viewerCanEdit: boolean;
}

/**
 * The "Edit" section of a dataset's or a data product's page: the edits the
 * viewer may make, each behind a disclosure so the page reads first. Shown
 * only with `viewerCanEdit`: the API decides, the page does not re-derive
 * permissions. `keptIn` says where each form's comment goes.
 */
export function EntityEditors({ entity, keptIn }: { entity: EditableEntity; keptIn: string }) {
  if (!entity.viewerCanEdit) return null;
  const { urn, version } = entity;
  return (
    <section aria-labelledby="edit-heading" className="editors">
      <h2 id="edit-heading">Edit</h2>
      <details className="editor">
        <summary>Edit description</summary>
        <DescriptionEditor urn={urn} version={version} keptIn={keptIn} description={entity.description} />
      </details>
      <details className="editor">
        <summary>Edit owners</summary>
        <OwnersEditor urn={urn} version={version} keptIn={keptIn} owners={entity.owners} />
      </details>
      <details className="editor">
        <summary>Edit tags</summary>
        <TagsEditor urn={urn} version={version} keptIn={keptIn} tags={entity.tags} />
      </details>
      <details className="editor">
        <summary>Certify</summary>
        <CertificationEditor urn={urn} version={version} keptIn={keptIn} certification={entity.certification} />
      </details>
    </section>
  );
}
