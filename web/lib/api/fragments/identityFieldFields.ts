/**
 * A column that identifies an instance of a sense (`GlossaryTerm.identityFields`), with enough
 * of its dataset to name it as `main.customers.email` and link to it. Both pages that show a
 * sense's identity columns ask for this, so they name them alike.
 */
export const IDENTITY_FIELD_FIELDS = /* GraphQL */ `
  fragment IdentityFieldFields on Field {
    urn
    name
    dataset {
      urn
      name
      qualifiedName
    }
  }
`;

export interface IdentityFieldFields {
  urn: string;
  name: string;
  /** Null when the API gives none for it (a column whose dataset the viewer may not see). */
  dataset: { urn: string; name: string; qualifiedName: string } | null;
}
