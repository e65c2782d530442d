import { defineDocument } from '../GraphQLDocument';
import { OWNED_ASSETS_FIELDS, type OwnedAssetsFields } from '../fragments/ownedAssetsFields';

/** A team of the directory, with a page of its members and a page of what it answers for. */
export interface TeamDetail {
  urn: string;
  id: string;
  name: string;
  email: string | null;
  description: string | null;
  /** ACTIVE, or REMOVED when the directory no longer lists it: then it has no members and owns nothing. */
  status: string;
  memberCount: number;
  /** One page of its members, by name. */
  members: Array<{ urn: string; name: string; title: string | null }>;
  owns: OwnedAssetsFields;
}

export const teamQuery = defineDocument<{ team: TeamDetail | null }, { urn: string; pageSize: number; membersFrom: number; ownsFrom: number }>(
  /* GraphQL */ `
    query Team($urn: ID!, $pageSize: Int!, $membersFrom: Int!, $ownsFrom: Int!) {
      team(urn: $urn) {
        urn
        id
        name
        email
        description
        status
        memberCount
        members(limit: $pageSize, offset: $membersFrom) {
          urn
          name
          title
        }
        owns(limit: $pageSize, offset: $ownsFrom) {
          ...OwnedAssetsFields
        }
      }
    }
  `,
  OWNED_ASSETS_FIELDS,
);
