/**
 * Operations run compiled (graphql-jit) rather than interpreted (graphql-js `execute`): each distinct
 * operation is compiled once into a function that calls the resolvers and builds the answer for
 * exactly its selection, where graphql-js walks the operation's syntax tree again for every object of
 * every list. On the 1,000-node lineage walk of `polder bench api` graphql-js spent about as long
 * completing the answer as Neo4j spent walking. The resolvers, and what they return, are the same.
 *
 * Apollo Server takes another executor only from a gateway, so this is a gateway of one fixed schema.
 * Apollo still parses and validates each operation (with the operation limits), runs the plugins and
 * formats the errors exactly as before.
 *
 * Where graphql-jit and graphql-js part ways, graphql-js runs or checks:
 * - Where graphql-jit (0.8.9) leaves an input object's field undefined that graphql-js fills with
 *   its default, the operation runs interpreted: when a variable is an input object (graphql-jit fills
 *   none of its missing fields, and refuses a required one the caller may leave out), and when a
 *   variable is not given (graphql-jit passes it as undefined to the input object field it stands
 *   for). An input object written in the operation with every variable given, like the lineage walk's,
 *   graphql-jit fills as graphql-js does.
 * - Variables are coerced by graphql-js first: its errors name the variable definition, which is how
 *   Apollo tells a caller's bad variable (BAD_USER_INPUT, status 400) from a server fault.
 * - Errors are graphql-js errors again before Apollo formats them: graphql-jit's carry no extensions
 *   object when the resolver's error had none, and Apollo's formatting expects one.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** A gateway that serves `schema` and runs every operation compiled. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      // Apollo reads the SDL only to report the schema to its cloud, which Polder turns off.
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    async stop() {},
  };
}

/** What an operation compiles to: a function, or null when graphql-jit cannot compile it (graphql-js runs it). */
type Compiled = CompiledQuery | null;

export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  // By document, then by operation name. Apollo keeps one document object per distinct query text while it
  // caches that text, so a compiled operation lives exactly as long as Apollo's parsed one.
  const compiled = new WeakMap<DocumentNode, Map<string | null, Compiled>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    if (!byName.has(operationName)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      byName.set(operationName, isCompiledQuery(result) ? result : null);
    }
    return byName.get(operationName)!;
  };

  return async ({ document, operationName, operation, request, context }): Promise<ExecutionResult> => {
    const variables = request.variables ?? {};
    // No operation to run (several and none named, or an unknown name): graphql-js says which, and Apollo
    // answers its error as the caller's (400), as it does without a gateway.
    if (!operation) return execute({ schema, document, operationName: request.operationName, variableValues: variables, contextValue: context });
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const query = fillsDefaultsDifferently(schema, operation, variables) ? null : compiledFor(document, operationName);
    if (!query) return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
}

/** True when a variable of the operation is an input object (or a list of them), or is not given. */
function fillsDefaultsDifferently(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
  return (operation.variableDefinitions ?? []).some(
    (definition) => !Object.hasOwn(variables, definition.variable.name.value) || isInputObjectType(getNamedType(typeFromAST(schema, definition.type))),
  );
}

function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const again = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  // graphql-js works locations out from syntax nodes, which graphql-jit's errors do not keep: they keep the locations.
  (again as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return again;
}
