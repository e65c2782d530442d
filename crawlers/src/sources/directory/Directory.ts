/**
 * A people directory as the files of a `directory` source describe it, whatever
 * their format (Polder's YAML or a SCIM export): what parseDirectory.ts returns
 * once every file is valid, and what map.ts turns into Person and Team nodes.
 */

export interface DirectoryTeam {
  /** Lower-case and URN-safe (directoryIds.ts): `erp-team`. */
  id: string;
  name: string;
  email: string | null;
  description: string | null;
  /** The id of the domain the team works for, when the file names one. */
  domain: string | null;
}

export interface DirectoryPerson {
  /** A lower-case username (directoryIds.ts): `ana`, `ana.lima`, or an e-mail where the directory keys people by it. */
  id: string;
  displayName: string;
  email: string | null;
  title: string | null;
}

/** A person's membership of a team, by their ids. */
export interface DirectoryMembership {
  person: string;
  team: string;
}

export interface Directory {
  teams: DirectoryTeam[];
  people: DirectoryPerson[];
  memberships: DirectoryMembership[];
}

/**
 * An entry while the files are checked: where it was read, for messages. `at` is a path into
 * the file's value (`people[3]`, `Resources[12]`), `idAt` the member that gave its id
 * (`people[3].id`, `Resources[12].userName`), where a duplicate id is reported.
 */
export interface Located<T> {
  entry: T;
  file: string;
  at: string;
  idAt: string;
}

/** What one file holds, before the files are checked against each other (parseDirectory.ts). */
export interface FileEntries {
  teams: Array<Located<DirectoryTeam>>;
  /** The people to write: a SCIM User with `active: false` is not among them. */
  people: Array<Located<DirectoryPerson>>;
  /** Memberships by person and team id (Polder's YAML: a person's `teams`). */
  memberships: Array<Located<DirectoryMembership>>;
  /** SCIM only: every resource by its SCIM id, and the person a User became (null for a Group or an inactive User). */
  scimResources: Array<Located<{ scimId: string; person: string | null }>>;
  /** SCIM only: a Group's members, by the SCIM id of the User. */
  scimMembers: Array<Located<{ team: string; scimId: string }>>;
}

export function noEntries(): FileEntries {
  return { teams: [], people: [], memberships: [], scimResources: [], scimMembers: [] };
}
