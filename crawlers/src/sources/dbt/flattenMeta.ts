import type { PropertyMap } from '@polder/graph-schema';

/** Nested keys deeper than this are kept as JSON text under the deepest key: a key of a hundred dots names nothing anyone reads. */
export const MAX_META_DEPTH = 8;

/**
 * Flattens dbt's free-form `meta` (or a test's arguments) into properties Neo4j
 * can store: scalars, or arrays of strings or of numbers. Nested keys join with
 * dots under `prefix`; anything else an array can hold (objects, mixed types)
 * is kept as JSON text, so nothing a project wrote is lost; nulls and empty
 * arrays say nothing and are left out.
 *
 *   flattenMeta({ owner: 'ops', sla: { hours: 4 }, pii: ['email'], steps: [{ a: 1 }] }, 'meta')
 *   → { 'meta.owner': 'ops', 'meta.sla.hours': 4, 'meta.pii': ['email'], 'meta.steps': '[{"a":1}]' }
 *
 * Past MAX_META_DEPTH levels an object is JSON text too; one nested beyond what JSON.stringify can
 * walk (thousands of levels) is left out, with a note saying so, rather than failing the crawl.
 */
export function flattenMeta(value: Record<string, unknown>, prefix: string): PropertyMap {
  const properties: PropertyMap = {};
  const visit = (key: string, item: unknown, depth: number): void => {
    if (item === null || item === undefined) return;
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
      properties[key] = item;
    } else if (Array.isArray(item)) {
      if (item.length === 0) return;
      if (item.every((element) => typeof element === 'string')) properties[key] = item as string[];
      else if (item.every((element) => typeof element === 'number')) properties[key] = item as number[];
      else properties[key] = jsonText(item);
    } else if (typeof item === 'object') {
      if (depth >= MAX_META_DEPTH) properties[key] = jsonText(item);
      else for (const [child, childValue] of Object.entries(item)) visit(`${key}.${child}`, childValue, depth + 1);
    }
  };
  for (const [key, item] of Object.entries(value)) visit(`${prefix}.${key}`, item, 1);
  return properties;
}

function jsonText(item: unknown): string {
  try {
    return JSON.stringify(item);
  } catch (error) {
    if (error instanceof RangeError) return '(left out: nested too deeply to store)';
    throw error;
  }
}
