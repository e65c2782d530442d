/** How a promise of a data contract is broken (the API's ContractProblemKind). */
export type ContractProblemKind = 'MISSING_COLUMN' | 'LOGICAL_TYPE' | 'PHYSICAL_TYPE' | 'NULLABLE' | 'NOT_PRIMARY_KEY';

/** Whether a crawled table keeps one data contract that describes it, and what it does not keep. */
export const CONTRACT_CONFORMANCE_FIELDS = /* GraphQL */ `
  fragment ContractConformanceFields on ContractConformance {
    conforms
    promise {
      urn
      name
    }
    problems {
      column
      kind
      promised
      actual
      description
    }
  }
`;

export interface ContractProblemFields {
  /** As the table would name the column. */
  column: string;
  kind: ContractProblemKind;
  /** A type, `required`, `primary key`. */
  promised: string;
  /** The column's type, `nullable`, `not in the primary key`; null when the table has no such column. */
  actual: string | null;
  /** In words: `amount is text, promised number`. */
  description: string;
}

export interface ContractConformanceFields {
  conforms: boolean;
  /** The contract's schema object that describes the table. */
  promise: { urn: string; name: string };
  problems: ContractProblemFields[];
}
