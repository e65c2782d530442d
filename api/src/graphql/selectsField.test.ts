import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from './selectsField.ts';

/** The resolve info of the operation's first root field, as graphql-js gives it. */
function infoOf(operation: string) {
  const document = parse(operation);
  const root = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [root.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named fragment', () => {
    expect(selectsField(infoOf('{ search { total meanings { urn } } }'), 'meanings')).toBe(true);
    expect(selectsField(infoOf('{ search { ... on SearchResults { meanings { urn } } } }'), 'meanings')).toBe(true);
    expect(selectsField(infoOf('query { search { ...Page } } fragment Page on SearchResults { total ...More } fragment More on SearchResults { meanings { urn } }'), 'meanings')).toBe(true);
  });

  it('does not find a field that is not selected, or is selected deeper down only', () => {
    expect(selectsField(infoOf('{ search { total } }'), 'meanings')).toBe(false);
    expect(selectsField(infoOf('{ search { hits { meanings } } }'), 'meanings')).toBe(false);
    expect(selectsField(infoOf('query { search { ...A } } fragment A on SearchResults { total ...A }'), 'meanings')).toBe(false);
  });

  it('follows a path down, through aliases and fragments at each step', () => {
    expect(selectsField(infoOf('{ lineage { edges { from confidence } } }'), 'edges', 'confidence')).toBe(true);
    expect(selectsField(infoOf('{ lineage { e: edges { from } edges { ...Sure } } } fragment Sure on LineageEdge { confidence }'), 'edges', 'confidence')).toBe(true);
    expect(selectsField(infoOf('{ lineage { ...Walk } } fragment Walk on LineageResult { edges { ... on LineageEdge { confidence } } }'), 'edges', 'confidence')).toBe(true);
    expect(selectsField(infoOf('{ lineage { edges { from to } nodes { confidence } } }'), 'edges', 'confidence')).toBe(false);
    expect(selectsField(infoOf('{ lineage { nodes { urn } } }'), 'edges', 'confidence')).toBe(false);
  });
});
