import { defineDocument } from '../GraphQLDocument';
import type { OwnershipType } from '../schemaEnums';

/**
 * The dataset edits the web makes. Each takes the `expectedVersion` the page
 * read and answers with the version it produced; a stale version is a
 * CONFLICT and changes nothing. One file because they share their shape.
 */
interface EditInput {
  urn: string;
  expectedVersion: number;
  comment?: string | null;
}

/** What every edit answers: the dataset's new version. */
type Edited<TName extends string> = { [K in TName]: { urn: string; version?: number } };

const EDITED_SELECTION = /* GraphQL */ `
  urn
  ... on Dataset {
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
