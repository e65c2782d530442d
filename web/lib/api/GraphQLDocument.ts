/**
 * A GraphQL operation with the TypeScript types of its variables and result.
 *
 * The types are hand-written beside each document (no codegen yet); keeping
 * them on the document lets `requestGraphQL` infer both from its first argument,
 * so a page cannot pair a query with the wrong result type.
 */
export interface GraphQLDocument<TData, TVariables> {
  readonly operationName: string;
  readonly source: string;
  /** Never set at run time: only carries the types. */
  readonly __types?: { data: TData; variables: TVariables };
}

/** Builds a document from its source text, appending the fragments it spreads. */
export function defineDocument<TData, TVariables>(
  source: string,
  ...fragments: string[]
): GraphQLDocument<TData, TVariables> {
  const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(source)?.[1];
  if (!operationName) throw new Error(`A GraphQL document needs a named operation: ${source.slice(0, 60)}`);
  return { operationName, source: [source, ...fragments].join('\n') };
}
