import { defineDocument } from '../GraphQLDocument';

/** One audit entry. `before` and `after` are JSON objects of the edited values, as text. */
export interface ChangeEntry {
  urn: string;
  /** ISO 8601, UTC. */
  at: string;
  /** Username. */
  actor: string;
  /** The mutation, e.g. `updateDescription`. */
  action: string;
  before: string;
  after: string;
  version: number;
  comment: string | null;
  /** Names for the URNs `before` and `after` hold, to show instead of them. */
  names: NamedUrn[];
}

export interface NamedUrn {
  urn: string;
  name: string;
}

export const changesQuery = defineDocument<{ changes: ChangeEntry[] }, { input: { urn: string; limit: number } }>(/* GraphQL */ `
  query Changes($input: ChangesInput!) {
    changes(input: $input) {
      urn
      at
      actor
      action
      before
      after
      version
      comment
      names {
        urn
        name
      }
    }
  }
`);
