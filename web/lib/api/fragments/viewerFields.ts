/** Who is signed in, as the header and the settings pages show them. */
export const VIEWER_FIELDS = /* GraphQL */ `
  fragment ViewerFields on Viewer {
    username
    displayName
    roles
    domains
    viewerCanCreateWriteTokens
  }
`;

export interface ViewerFields {
  username: string;
  displayName: string;
  roles: string[];
  /** Ids of the domains the account owns. */
  domains: string[];
  /** Whether a token with scope WRITE may be made for them (their roles let them change something). */
  viewerCanCreateWriteTokens: boolean;
}
