/**
 * Refuses a mutation from a caller who may change nothing (anonymous, or a read-only token) before it runs,
 * with UNAUTHENTICATED or FORBIDDEN. The services check each change's own rule too, but some must look the
 * asset up first (whose domain is it?), and answered NOT_FOUND for a URN that does not exist where they
 * refused one that does: enough for an anonymous caller to enumerate the catalog. Signing in and out are
 * the only mutations everyone may send.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { ApiContext } from '../../context.ts';
import { authorize } from './authorize.ts';

/** The root fields anyone may send in a mutation: signing in and out (and `__typename`, which changes nothing). */
const OPEN_TO_EVERYONE = new Set(['login', 'logout', '__typename']);

export function mutationGate(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || onlyOpenToEveryone(operation)) return;
          const decision = authorize(contextValue.principal, { kind: 'change' });
          if (decision.allowed) return;
          throw new GraphQLError(decision.reason, { extensions: { code: decision.code, http: { status: decision.code === 'UNAUTHENTICATED' ? 401 : 403 } } });
        },
      };
    },
  };
}

/** True when every root field is one of OPEN_TO_EVERYONE (a fragment at the root counts as something else). */
function onlyOpenToEveryone(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && OPEN_TO_EVERYONE.has(selection.name.value));
}
