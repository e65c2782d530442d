/**
 * Whether the operation selects `name` directly on the field being resolved, through fragments
 * too: for a resolver that can start a child field's work early, beside its own (a child that is
 * not selected costs nothing). Conditional directives (@include/@skip) are not evaluated: a field
 * they leave out is reported as selected, which only starts work that is then not used.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet);
      // A fragment spread: each fragment once, so a fragment spread twice costs nothing more.
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return inSet(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
