/**
 * Whether the operation selects `name` directly on the field being resolved, through fragments
 * too: for a resolver that can start a child field's work early, beside its own (a child that is
 * not selected costs nothing), or leave out what no one reads. A longer path looks further down:
 * `selectsField(info, 'edges', 'confidence')` is true when `edges { confidence }` is selected.
 * Conditional directives (@include/@skip) are not evaluated: a field they leave out is reported as
 * selected, which only does work that is then not used.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, ...path: [string, ...string[]]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((node) => fieldsNamed(node.selectionSet, name, info.fragments));
    if (nodes.length === 0) return false;
  }
  return true;
}

/** The fields called `name` in a selection set, through its fragments. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (selections: SelectionSetNode | undefined): void => {
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        // A fragment spread: each fragment once, so a fragment spread twice (or within itself) costs nothing more.
        seen.add(selection.name.value);
        visit(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  visit(set);
  return found;
}
