/**
 * What an operation may return at most, counted before it runs: every field's values, each list
 * multiplied by how long it may be. Depth and selected fields (operationLimits.ts) bound the text of an
 * operation, not its answer: `downstream(limit: 500) { datasets { downstream(limit: 500) { ... } } }`
 * is a few lines and asks for 250,000 datasets a level. This is the bound on the answer.
 *
 * How long a list may be:
 * - a field with a page size, whatever it returns: its `limit` argument (or `input.limit`), `count`,
 *   `days`, or as many `urns` as it is given; given or by default, as the caller's variables say. The
 *   page size counts for its whole selection: the list inside a page object (`DatasetPage.datasets`,
 *   `LineageResult.nodes`) is that page, not another multiplier. Where the caller gives none and the
 *   server fills one in (a lineage walk's `limit` is the configured node cap), that one; and no more
 *   than that one, which is also the most the field serves;
 * - any other list: `unpagedListSize`, an assumed length for the lists that stay small (a dataset's
 *   owners, tags and terms).
 * Introspection counts one per field: its size is the schema's, which is fixed and small.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_DATASET_LIST_PAGE } from '../modules/dataset/datasetListPages.ts';

export interface CostSettings {
  /** The length assumed for a list field with no page size. */
  unpagedListSize: number;
  /**
   * The page size the server uses when the caller gives none, and the most it serves, by `Type.field`:
   * `Query.lineage`'s node cap. A larger page asked for is costed at this one: the field itself refuses it,
   * naming its argument and range, which says more than a cost would.
   */
  serverPageSizes: Readonly<Record<string, number>>;
}

/** The length assumed for a list with no page size: the lists left unpaged (a dataset's owners, tags and terms) stay short. */
export const UNPAGED_LIST_SIZE = 20;

/** How a server counts, given its lineage node cap (the limit of a walk that sets none). */
export function costSettingsFor(lineageMaxNodes: number): CostSettings {
  // `datasets` without an input pages by 100; counted at its most, 1,000, as a page it may serve.
  return { unpagedListSize: UNPAGED_LIST_SIZE, serverPageSizes: { 'Query.lineage': lineageMaxNodes, 'Query.datasets': MAX_DATASET_LIST_PAGE } };
}

/** The most values `operation` may return, with `variables` already coerced (graphql's getVariableValues). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  settings: CostSettings,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, inPage: boolean, visiting: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) {
          total += 1;
          continue;
        }
        const field = fieldOf(parent, selection.name.value);
        if (!field) continue; // validation reports it
        const pageSize = pageSizeWithin(pageSizeOf(getArgumentValues(field, selection, variables)), settings.serverPageSizes[`${parent.name}.${field.name}`]);
        const returnsList = isListType(getNullableType(field.type));
        const times = pageSize ?? (returnsList && !inPage ? settings.unpagedListSize : 1);
        const inner = selection.selectionSet ? costOf(selection.selectionSet, getNamedType(field.type) as GraphQLCompositeType, pageSize !== undefined && !returnsList, visiting) : 0;
        total += times * (1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        if (type) total += costOf(selection.selectionSet, type, inPage, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined);
        // A cycle is reported by graphql's own NoFragmentCycles rule; stop here.
        if (fragment && type && !visiting.has(name)) total += costOf(fragment.selectionSet, type, inPage, new Set([...visiting, name]));
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, false, new Set());
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The page size asked for, within the server's own where it has one (CostSettings.serverPageSizes). */
function pageSizeWithin(asked: number | undefined, server: number | undefined): number | undefined {
  if (server === undefined) return asked;
  return asked === undefined ? server : Math.min(asked, server);
}

/** A field's page size, from its arguments as given or by default; undefined when it has none. */
function pageSizeOf(args: Record<string, unknown>): number | undefined {
  const input = args.input as Record<string, unknown> | undefined;
  for (const size of [args.limit, input?.limit, args.count, args.days]) if (typeof size === 'number') return Math.max(size, 0);
  return Array.isArray(args.urns) ? args.urns.length : undefined;
}
