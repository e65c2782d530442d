/** One row of a dataset's schema table. */
export const FIELD_ROW_FIELDS = /* GraphQL */ `
  fragment FieldRowFields on Field {
    urn
    name
    position
    dataType
    nullable
    description
    isPrimaryKey
    references {
      urn
      name
    }
  }
`;

export interface FieldRowFields {
  urn: string;
  name: string;
  position: number;
  dataType: string | null;
  nullable: boolean;
  description: string | null;
  isPrimaryKey: boolean;
  /** The field a foreign key points at; its URN names its dataset. */
  references: { urn: string; name: string } | null;
}
