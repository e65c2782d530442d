import { defineDocument } from '../GraphQLDocument';
import type { OwnershipType } from '../schemaEnums';

/**
 * The edits the web makes of a dataset, a column or a data product (the API
 * says which of them each applies to). Each takes the `expectedVersion` the
 * page read and answers with the version it produced; a stale version is a
 * CONFLICT and changes nothing. One file because they share their shape.
 */
interface EditInput {
  urn: string;
  expectedVersion: number;
  comment?: string | null;
}

/** What every edit answers: the entity's new version. */
type Edited<TName extends string> = { [K in TName]: { urn: string; version?: number } };

// `version` is no field of Entity: each kind the web edits is asked for its own.
const EDITED_SELECTION = /* GraphQL */ `
  urn
  ... on Dataset {
    version
  }
  ... on Field {
    version
  }
  ... on DataProduct {
    version
  }
`;

export const updateDescriptionMutation = defineDocument<
  Edited<'updateDescription'>,
  { input: EditInput & { description: string | null } }
>(/* GraphQL */ `
  mutation UpdateDescription($input: UpdateDescriptionInput!) {
    updateDescription(input: $input) {
      ${EDITED_SELECTION}
    }
  }
`);

export const setOwnersMutation = defineDocument<
  Edited<'setOwners'>,
  { input: EditInput & { owners: Array<{ name: string; type: OwnershipType }> | null } }
>(/* GraphQL */ `
  mutation SetOwners($input: SetOwnersInput!) {
    setOwners(input: $input) {
      ${EDITED_SELECTION}
    }
  }
`);

export const setTagsMutation = defineDocument<Edited<'setTags'>, { input: EditInput & { tags: string[] | null } }>(/* GraphQL */ `
  mutation SetTags($input: SetTagsInput!) {
    setTags(input: $input) {
      ${EDITED_SELECTION}
    }
  }
`);

export const setCertificationMutation = defineDocument<
  Edited<'setCertification'>,
  { input: EditInput & { certified: boolean; note: string | null } }
>(/* GraphQL */ `
  mutation SetCertification($input: SetCertificationInput!) {
    setCertification(input: $input) {
      ${EDITED_SELECTION}
    }
  }
`);
