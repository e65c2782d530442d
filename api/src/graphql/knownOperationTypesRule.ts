/**
 * Refuses an operation of a type the schema has no root for: Polder's has queries and mutations, no
 * subscriptions. graphql-js 16 checks this only when it runs the operation, as a fault of the server
 * ("Schema is not configured to execute subscription operation."), which the caller would see as an
 * internal error; refused here, it is the caller's invalid operation (400), named as such.
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(operation) {
      const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
      if (root) return;
      const offered = [schema.getQueryType() && 'queries', schema.getMutationType() && 'mutations', schema.getSubscriptionType() && 'subscriptions'].filter(Boolean).join(' and ');
      context.reportError(new GraphQLError(`this API has no ${operation.operation}s: it answers ${offered}`, { nodes: [operation] }));
    },
  };
}
