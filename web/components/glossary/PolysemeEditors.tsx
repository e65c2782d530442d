import type { PolysemeDetail } from '@/lib/api';
import { mappingKindLabel } from '@/lib/glossary/mappingKinds';
import { senseLabel } from '@/lib/glossary/senseLabel';

import { PolysemeDetailsEditor } from './edit/PolysemeDetailsEditor';
import { RemoveSenseMappingForm } from './edit/RemoveSenseMappingForm';
import { SenseMappingEditor } from './edit/SenseMappingEditor';

/**
 * What the data council (and admins) may change of a polyseme: its label,
 * description and status, and the mappings between its senses. Shown only
 * from the API's `viewerCanGovern` (the API enforces it again on every
 * write); nothing for anyone else. A sense's own definition and identity
 * columns are its domain's, edited on its term page.
 */
export function PolysemeEditors({ polyseme }: { polyseme: PolysemeDetail }) {
  if (!polyseme.viewerCanGovern) return null;
  const { urn, version } = polyseme;
  const senses = polyseme.senses.map((sense) => ({ urn: sense.urn, label: senseLabel(sense) })).sort((a, b) => a.label.localeCompare(b.label));
  const labelOf = (end: SenseEnd) => senses.find((sense) => sense.urn === end.urn)?.label ?? senseLabel(end);
  const mappings = polyseme.mappings.map((mapping) => ({
    fromUrn: mapping.from.urn,
    toUrn: mapping.to.urn,
    description: `${labelOf(mapping.from)} ${mappingKindLabel(mapping.kind)} ${labelOf(mapping.to)}`,
  }));
  return (
    <section aria-labelledby="polyseme-edit-heading" className="editors">
      <h2 id="polyseme-edit-heading">Edit</h2>
      <details className="editor">
        <summary>Edit label, description and status</summary>
        <PolysemeDetailsEditor urn={urn} version={version} label={polyseme.label} description={polyseme.description} status={polyseme.polysemeStatus} />
      </details>
      <details className="editor">
        <summary>Add, change or remove a mapping</summary>
        <h3>Map two senses</h3>
        {senses.length < 2 ? (
          <p className="muted">A mapping relates two senses; this polyseme has fewer.</p>
        ) : (
          <SenseMappingEditor urn={urn} version={version} senses={senses} mappings={polyseme.mappings} />
        )}
        <h3>Remove a mapping</h3>
        <RemoveSenseMappingForm urn={urn} version={version} mappings={mappings} />
      </details>
    </section>
  );
}

type SenseEnd = PolysemeDetail['mappings'][number]['from'];
