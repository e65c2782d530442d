/** Hops walked when the URL does not say. */
export const DEFAULT_LINEAGE_DEPTH = 3;

/** The most the depth control offers; the API's own cap (10 by default) is higher. */
export const MAX_LINEAGE_DEPTH = 6;

/** The `depth` search parameter as hops to walk: a whole number within 1…MAX, else the default. */
export function parseLineageDepth(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d+$/.test(text)) return DEFAULT_LINEAGE_DEPTH;
  return Math.min(MAX_LINEAGE_DEPTH, Math.max(1, Number(text)));
}
