/**
 * A validation rule that refuses operations too deep or too wide to be an
 * honest request: nesting depth, total selected fields (a complexity bound that
 * counts fragment spreads where they are used), and aliases (the classic way
 * to ask for one expensive field a thousand times in one request).
 */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
// The narrow entry point: the web's tests check its operations with this rule, without the rest of the runtime.
import type { OperationLimits } from '@polder/runtime/apiLimits';

interface Measure {
  depth: number;
  fields: number;
  aliases: number;
}

export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const measure = measureSelection(operation.selectionSet, fragments, 1, new Set());
        const name = operation.name ? `operation ${operation.name.value}` : 'the operation';
        const refuse = (message: string) => context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code: 'BAD_USER_INPUT' } }));
        if (measure.depth > limits.maxDepth) refuse(`${name} is nested ${measure.depth} levels deep; the limit is ${limits.maxDepth}`);
        if (measure.fields > limits.maxFields) refuse(`${name} selects ${measure.fields} fields; the limit is ${limits.maxFields}`);
        if (measure.aliases > limits.maxAliases) refuse(`${name} uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}`);
      },
    };
  };
}

function measureSelection(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, depth: number, visiting: Set<string>): Measure {
  const total: Measure = { depth, fields: 0, aliases: 0 };
  const add = (inner: Measure) => {
    total.depth = Math.max(total.depth, inner.depth);
    total.fields += inner.fields;
    total.aliases += inner.aliases;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total.fields++;
      if (selection.alias) total.aliases++;
      if (selection.selectionSet && isIntrospection(selection.name.value)) {
        // Its fields and aliases count; its depth does not. The standard introspection query that GraphiQL and
        // code generators send is 15 levels deep, most of them `ofType`, one value each. How deep its lists may
        // nest (fields of types of fields...) is bounded by graphql's own MaxIntrospectionDepthRule.
        const inner = measureSelection(selection.selectionSet, fragments, depth, visiting);
        add({ ...inner, depth });
      } else if (selection.selectionSet) add(measureSelection(selection.selectionSet, fragments, depth + 1, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(measureSelection(selection.selectionSet, fragments, depth, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A cycle is reported by graphql's own NoFragmentCycles rule; stop here.
      if (!fragment || visiting.has(name)) continue;
      add(measureSelection(fragment.selectionSet, fragments, depth, new Set([...visiting, name])));
    }
  }
  return total;
}

/** `__schema` and `__type`: the schema's description of itself (`__typename` has no selection). */
function isIntrospection(fieldName: string): boolean {
  return fieldName.startsWith('__');
}
