import type { DatasetDetail } from '@/lib/api';

import { CertificationEditor } from './edit/CertificationEditor';
import { DescriptionEditor } from './edit/DescriptionEditor';
import { OwnersEditor } from './edit/OwnersEditor';
import { TagsEditor } from './edit/TagsEditor';

/**
 * The edits the viewer may make, each behind a disclosure so the page reads
 * first. Shown only with `viewerCanEdit`: the API decides, the page does not
 * re-derive permissions.
 */
export function DatasetEditors({ dataset }: { dataset: DatasetDetail }) {
  if (!dataset.viewerCanEdit) return null;
  const { urn, version } = dataset;
  return (
    <section aria-labelledby="edit-heading" className="editors">
      <h2 id="edit-heading">Edit</h2>
      <details className="editor">
        <summary>Edit description</summary>
        <DescriptionEditor urn={urn} version={version} description={dataset.description} />
      </details>
      <details className="editor">
        <summary>Edit owners</summary>
        <OwnersEditor urn={urn} version={version} owners={dataset.owners} />
      </details>
      <details className="editor">
        <summary>Edit tags</summary>
        <TagsEditor urn={urn} version={version} tags={dataset.tags} />
      </details>
      <details className="editor">
        <summary>Certify</summary>
        <CertificationEditor urn={urn} version={version} certification={dataset.certification} />
      </details>
    </section>
  );
}
