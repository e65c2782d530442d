import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, TOKEN_SCOPES } from '@polder/graph-schema';

export enum RoleName {
  VIEWER = 'VIEWER',
  STEWARD = 'STEWARD',
  DOMAIN_OWNER = 'DOMAIN_OWNER',
  COUNCIL = 'COUNCIL',
  ADMIN = 'ADMIN',
}
export enum Scope {
  READ = 'READ',
  WRITE = 'WRITE',
}
// The GraphQL enums mirror the model's lists; this fails to compile if they drift.
const _rolesMatch: readonly `${RoleName}`[] = ROLES;
const _scopesMatch: readonly `${Scope}`[] = TOKEN_SCOPES;
void _rolesMatch;
void _scopesMatch;

registerEnumType(RoleName, {
  name: 'Role',
  description: 'What an account may do; roles add up.',
  valuesConfig: {
    VIEWER: { description: 'Reads the catalog.' },
    STEWARD: { description: 'Curates the glossary and assigns terms and classifications to any asset.' },
    DOMAIN_OWNER: { description: 'Edits the assets, products and terms of the domains listed on the account.' },
    COUNCIL: { description: 'The governance council: decides polysemes and their mappings, global policies and trust weights.' },
    ADMIN: { description: 'Everything, including sources and accounts.' },
  },
});
registerEnumType(Scope, {
  name: 'TokenScope',
  description: 'What an API token may do.',
  valuesConfig: { READ: { description: 'Read the catalog.' }, WRITE: { description: 'Edit, within the roles of its account; brings READ, since every change answers with what it changed.' } },
});

@ObjectType({ description: 'The caller: the signed-in account, or nobody.' })
export class Viewer {
  @Field(() => String, { description: 'Sign-in name.' })
  username!: string;

  @Field(() => String, { description: 'Name to show.' })
  displayName!: string;

  @Field(() => [RoleName], { description: 'Its roles.' })
  roles!: RoleName[];

  @Field(() => [String], { description: 'Ids of the domains it owns (with DOMAIN_OWNER).' })
  domains!: string[];

  @Field(() => String, { description: 'SESSION (signed in) or TOKEN (an API token).' })
  via!: string;

  @Field(() => [Scope], { description: 'What these credentials may do.' })
  scopes!: Scope[];

  @Field(() => Boolean, {
    description: "Whether the caller may create an API token with scope WRITE: from a session only, and only when the account's roles let it change something (a VIEWER's do not).",
  })
  viewerCanCreateWriteTokens!: boolean;
}

@ObjectType({ description: 'An API token (never its secret, which is shown once, when created).' })
export class ApiToken {
  @Field(() => ID, { description: 'Token id, for revoking it.' })
  id!: string;

  @Field(() => String, { description: 'What it is for, e.g. "airflow lineage".' })
  name!: string;

  @Field(() => [Scope], { description: 'What it may do.' })
  scopes!: Scope[];

  @Field(() => String, { description: 'When it was created (ISO 8601).' })
  createdAt!: string;

  @Field(() => String, { description: 'When it stops working (ISO 8601).' })
  expiresAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was revoked; null while it is not.' })
  revokedAt?: string | null;
}

@ObjectType({ description: 'A new API token: the secret is here, once, and nowhere else.' })
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret to send as `Authorization: Bearer <secret>`. Store it now: Polder keeps only its hash.' })
  secret!: string;

  @Field(() => ApiToken, { description: 'The token\'s record.' })
  token!: ApiToken;
}

@ObjectType({ description: 'A signed-in session.' })
export class LoginPayload {
  @Field(() => String, { description: 'The session secret, also set as the `polder_session` HttpOnly cookie; send it as a bearer token from a server.' })
  session!: string;

  @Field(() => String, { description: 'When the session ends (ISO 8601).' })
  expiresAt!: string;

  @Field(() => Viewer, { description: 'Who signed in.' })
  viewer!: Viewer;
}

@InputType({ description: 'Sign in with a local account.' })
export class LoginInput {
  @Field(() => String, { description: 'Username (case-insensitive).' })
  username!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({ description: 'A new API token for the caller\'s account.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for (1–100 characters).' })
  name!: string;

  @Field(() => [Scope], { defaultValue: [Scope.READ], description: 'What it may do (WRITE brings READ); no more than the credentials creating it, and WRITE only for an account whose roles let it change something (not a VIEWER alone).' })
  scopes!: Scope[];

  @Field(() => Int, { defaultValue: 90, description: 'Days until it expires (at most the configured maximum, 365 by default).' })
  expiresInDays!: number;
}

@InputType({ description: 'An API token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token id.' })
  id!: string;
}
