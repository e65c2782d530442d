import type { GlossaryTermDetail, IdentityFieldChoices } from '@/lib/api';
import { identityChoiceHref } from '@/lib/urls/identityColumnsHref';

import { AddIdentityColumnForm } from './edit/AddIdentityColumnForm';
import { IdentityDatasetPicker } from './edit/IdentityDatasetPicker';
import { RemoveIdentityColumnForm } from './edit/RemoveIdentityColumnForm';

interface IdentityColumnsEditorProps {
  /** A sense the viewer may edit. */
  term: GlossaryTermDetail;
  /** Its domain's name, as readers know it: "Rentals". */
  domainName: string;
  choices: IdentityFieldChoices;
}

/**
 * A sense's identity columns: remove one, or add one of a dataset of its
 * domain, chosen first. Each save sends the whole list the page read, with its
 * version (`setIdentityFields`), as the "Assign terms" forms do for terms.
 */
export function IdentityColumnsEditor({ term, domainName, choices }: IdentityColumnsEditorProps) {
  const { urn, version, identityFields } = term;
  // A reload after a conflict comes back to the dataset chosen.
  const reloadHref = identityChoiceHref(urn, { dataset: choices.chosenUrn, datasetQuery: choices.datasetQuery });
  return (
    <>
      <p className="form__hint">
        The columns of {domainName} whose values tell one {term.name} from another; the mappings of its polyseme join the domains on them.
      </p>
      <h3>Remove a column</h3>
      <RemoveIdentityColumnForm urn={urn} version={version} fields={identityFields} reloadHref={reloadHref} />
      <h3>Add a column</h3>
      <IdentityDatasetPicker termUrn={urn} domainName={domainName} choices={choices} />
      {choices.chosen && (
        // Remounted for another dataset: what the last add did was about the one before.
        <AddIdentityColumnForm
          key={choices.chosen.urn}
          urn={urn}
          version={version}
          fieldUrns={identityFields.map((field) => field.urn)}
          dataset={choices.chosen}
          reloadHref={reloadHref}
        />
      )}
    </>
  );
}
