import type { PropertyMap } from '@polder/graph-schema';

/**
 * Flattens dbt's free-form `meta` (or a test's arguments) into properties Neo4j
 * can store: scalars, or arrays of strings or of numbers. Nested keys join with
 * dots under `prefix`; anything else an array can hold (objects, mixed types)
 * is kept as JSON text, so nothing a project wrote is lost; nulls and empty
 * arrays say nothing and are left out.
 *
 *   flattenMeta({ owner: 'ops', sla: { hours: 4 }, pii: ['email'], steps: [{ a: 1 }] }, 'meta')
 *   → { 'meta.owner': 'ops', 'meta.sla.hours': 4, 'meta.pii': ['email'], 'meta.steps': '[{"a":1}]' }
 */
export function flattenMeta(value: Record<string, unknown>, prefix: string): PropertyMap {
  const properties: PropertyMap = {};
  const visit = (key: string, item: unknown): void => {
    if (item === null || item === undefined) return;
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
      properties[key] = item;
    } else if (Array.isArray(item)) {
      if (item.length === 0) return;
      if (item.every((element) => typeof element === 'string')) properties[key] = item as string[];
      else if (item.every((element) => typeof element === 'number')) properties[key] = item as number[];
      else properties[key] = JSON.stringify(item);
    } else if (typeof item === 'object') {
      for (const [child, childValue] of Object.entries(item)) visit(`${key}.${child}`, childValue);
    }
  };
  for (const [key, item] of Object.entries(value)) visit(`${prefix}.${key}`, item);
  return properties;
}
