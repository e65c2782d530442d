import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { mayChangeSomething } from './authorize.ts';
import type { Principal } from './Principal.ts';
import { ApiToken, CreateApiTokenInput, CreatedApiToken, LoginInput, LoginPayload, RevokeApiTokenInput, Viewer } from './access.type.ts';

@Resolver()
export class AccessResolver {
  @Query(() => Viewer, { nullable: true, description: 'Who is calling; null for an anonymous caller.' })
  viewer(@Ctx() ctx: ApiContext): Viewer | null {
    return toViewer(ctx.principal);
  }

  @Query(() => [ApiToken], { description: 'The API tokens of the signed-in account, newest first.' })
  myApiTokens(@Ctx() ctx: ApiContext): Promise<ApiToken[]> {
    return ctx.access.listApiTokens(ctx.principal) as Promise<ApiToken[]>;
  }

  @Mutation(() => LoginPayload, { description: 'Signs in with a local account; failed attempts are rate-limited per account and per client.' })
  async login(@Arg('input', () => LoginInput, { description: 'The account\'s username and password.' }) input: LoginInput, @Ctx() ctx: ApiContext): Promise<LoginPayload> {
    if (input.username.length > 100 || input.password.length > 1024) throw apiError('BAD_USER_INPUT', 'username or password too long');
    const signedIn = await ctx.access.login(input.username, input.password, ctx.http.clientAddress);
    ctx.http.setSessionCookie(signedIn.session, signedIn.expiresAt);
    return { session: signedIn.session, expiresAt: signedIn.expiresAt, viewer: toViewer({ account: signedIn.account, via: 'SESSION', scopes: ['READ', 'WRITE'] })! };
  }

  @Mutation(() => Boolean, { description: 'Ends the caller\'s session (true even when there was none).' })
  async logout(@Ctx() ctx: ApiContext): Promise<boolean> {
    await ctx.access.logout(ctx.http.credentials);
    ctx.http.clearSessionCookie();
    return true;
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for the caller\'s account. The secret is returned once. Needs a session: a token cannot create tokens.' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput, { description: 'The token\'s name, scope and lifetime.' }) input: CreateApiTokenInput, @Ctx() ctx: ApiContext): Promise<CreatedApiToken> {
    const created = await ctx.access.createApiToken(ctx.principal, input);
    // Tokens are no catalog entity with an audit trail: their issue and revocation are logged (never the secret).
    const { id, name, scopes, expiresAt } = created.token;
    ctx.logger.info({ account: ctx.principal.account!.username, apiTokenId: id, apiTokenName: name, scopes, expiresAt }, 'API token created');
    return created as CreatedApiToken;
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of the caller\'s API tokens (admins: anyone\'s). It stops working at once.' })
  async revokeApiToken(@Arg('input', () => RevokeApiTokenInput, { description: 'Which token.' }) input: RevokeApiTokenInput, @Ctx() ctx: ApiContext): Promise<ApiToken> {
    const { token: revoked, alreadyRevoked } = await ctx.access.revokeApiToken(ctx.principal, input.id);
    if (!alreadyRevoked) ctx.logger.info({ by: ctx.principal.account!.username, apiTokenId: revoked.id, apiTokenName: revoked.name, revokedAt: revoked.revokedAt }, 'API token revoked');
    return revoked as ApiToken;
  }
}

function toViewer(principal: Principal): Viewer | null {
  if (!principal.account) return null;
  return {
    ...principal.account,
    via: principal.via,
    scopes: principal.scopes,
    // What createApiToken accepts (AccessService): a token creates no tokens, and WRITE needs a role that changes something.
    viewerCanCreateWriteTokens: principal.via === 'SESSION' && mayChangeSomething(principal.account),
  } as Viewer;
}
