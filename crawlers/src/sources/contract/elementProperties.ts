/**
 * What any ODCS element may carry (tags, custom properties, authoritative
 * definitions), as properties Neo4j can store: scalars, or arrays of strings or
 * of numbers. Empty lists say nothing and become null, as with the other sources.
 */
import type { PropertyMap } from '@polder/graph-schema';
import { flattenMeta } from '../dbt/flattenMeta.ts';
import type { OdcsAuthoritativeDefinition, OdcsCustomProperty, OdcsElement } from './OdcsContract.ts';

export function nonEmpty(values: string[] | undefined): string[] | null {
  return values && values.length > 0 ? values : null;
}

/**
 * `customProperties` as `custom.<property>` keys, nested values flattened as dbt's
 * `meta` is (flattenMeta.ts); the first of a property listed twice wins:
 *
 *   [{ property: refRulesetName, value: gcsc.ruleset.name }] → { 'custom.refRulesetName': 'gcsc.ruleset.name' }
 */
export function customProperties(properties: OdcsCustomProperty[] | undefined): PropertyMap {
  const values = Object.fromEntries([...(properties ?? [])].reverse().map(({ property, value }) => [property, value]));
  return flattenMeta(values, 'custom');
}

/** `[{ type: businessDefinition, url: https://... }]` → `['businessDefinition: https://...']`. */
export function authoritativeDefinitions(definitions: OdcsAuthoritativeDefinition[] | undefined): string[] | null {
  return nonEmpty(definitions?.map(({ type, url }) => `${type}: ${url}`));
}

/** The descriptive properties that objects, their properties and quality rules map the same way. */
export function elementProperties(element: Pick<OdcsElement, 'description' | 'tags' | 'authoritativeDefinitions' | 'customProperties'>): PropertyMap {
  return {
    description: element.description ?? null,
    tags: nonEmpty(element.tags),
    authoritativeDefinitions: authoritativeDefinitions(element.authoritativeDefinitions),
    ...customProperties(element.customProperties),
  };
}
