/**
 * Refuses variables whose text holds half of a UTF-16 surrogate pair (runtime's wholeCharacters.ts): left
 * in, Neo4j's driver stored it as U+FFFD (so the audit entry's "after" was not what was stored) and
 * Meilisearch refused the search that carried it, which the caller saw as an internal error. GraphQL's
 * parser already refuses one written in the operation itself.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { loneSurrogateIn } from '@polder/runtime';

export function refuseHalfCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const found = loneSurrogateIn(value, `$${name}`);
            if (found) {
              throw new GraphQLError(`${found} is half of a UTF-16 surrogate pair, not a character: send whole characters`, {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, variable: name },
              });
            }
          }
        },
      };
    },
  };
}
