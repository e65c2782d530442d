import { defineDocument } from '../GraphQLDocument';
import type { TermStatus } from '../schemaEnums';

/**
 * The glossary writes the web makes. Updates, status moves and a sense's identity
 * columns take the `expectedVersion` the page read; a stale one is a CONFLICT and
 * changes nothing.
 */
/** What every glossary write answers: the term as it now is. */
export interface WrittenTerm {
  urn: string;
  name: string;
  version: number;
  termStatus: TermStatus;
  /** The polyseme it is a sense of, whose page shows the sense too. */
  senseOf: { urn: string } | null;
}
type Written<TName extends string> = { [K in TName]: WrittenTerm };

export interface CreateGlossaryTermFields {
  /** `enterprise` or a domain id. */
  glossary: string;
  name: string;
  definition: string | null;
  synonyms: string[];
  reviewers: string[];
  parentUrn: string | null;
  comment: string | null;
}

export interface UpdateGlossaryTermFields {
  urn: string;
  expectedVersion: number;
  definition: string | null;
  synonyms: string[];
  reviewers: string[];
  comment: string | null;
}

export interface ChangeGlossaryTermStatusFields {
  urn: string;
  expectedVersion: number;
  status: TermStatus;
  comment: string;
  replacementUrn: string | null;
}

export interface SetIdentityFieldsFields {
  /** The sense: a domain glossary's term. */
  urn: string;
  expectedVersion: number;
  /** Every column the viewer sees identifying it, after the edit (the API keeps those they may not see). */
  fieldUrns: string[];
  comment: string | null;
}

const WRITTEN = /* GraphQL */ `
  urn
  name
  version
  termStatus
  senseOf {
    urn
  }
`;

export const createGlossaryTermMutation = defineDocument<Written<'createGlossaryTerm'>, { input: CreateGlossaryTermFields }>(/* GraphQL */ `
  mutation CreateGlossaryTerm($input: CreateGlossaryTermInput!) {
    createGlossaryTerm(input: $input) {
      ${WRITTEN}
    }
  }
`);

export const updateGlossaryTermMutation = defineDocument<Written<'updateGlossaryTerm'>, { input: UpdateGlossaryTermFields }>(/* GraphQL */ `
  mutation UpdateGlossaryTerm($input: UpdateGlossaryTermInput!) {
    updateGlossaryTerm(input: $input) {
      ${WRITTEN}
    }
  }
`);

export const changeGlossaryTermStatusMutation = defineDocument<Written<'changeGlossaryTermStatus'>, { input: ChangeGlossaryTermStatusFields }>(/* GraphQL */ `
  mutation ChangeGlossaryTermStatus($input: ChangeGlossaryTermStatusInput!) {
    changeGlossaryTermStatus(input: $input) {
      ${WRITTEN}
    }
  }
`);

export const setIdentityFieldsMutation = defineDocument<Written<'setIdentityFields'>, { input: SetIdentityFieldsFields }>(/* GraphQL */ `
  mutation SetIdentityFields($input: SetIdentityFieldsInput!) {
    setIdentityFields(input: $input) {
      ${WRITTEN}
    }
  }
`);
