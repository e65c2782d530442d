/**
 * Refuses variables whose text holds half of a UTF-16 surrogate pair: JSON may escape one (`"\ud800"`),
 * but it is not a character. Left in, Neo4j's driver stores it as U+FFFD (so the audit entry's "after"
 * would not be what was stored) and Meilisearch refuses the search that carries it, which the caller saw
 * as an internal error. GraphQL's parser already refuses one written in the operation itself.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where a string within `value` holds a lone surrogate, as `$input.query: U+D800 at character 5`; undefined when none does. */
export function loneSurrogateIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    const found = LONE_SURROGATE.exec(value);
    return found ? `${path}: U+${found[0].charCodeAt(0).toString(16).toUpperCase()} at character ${found.index + 1}` : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = loneSurrogateIn(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = loneSurrogateIn(key, `${path} (a key)`) ?? loneSurrogateIn(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

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
