import { hash } from 'node:crypto';
import type { PropertyMap } from '@polder/graph-schema';

/** The hash of no properties, as the general case computes it (hashes stored by earlier runs stay valid). */
const EMPTY_HASH = hash('sha1', JSON.stringify([]), 'base64url');

/**
 * A stable hash of crawled properties: key order does not matter and null
 * (absent) values do not count, so an unchanged asset hashes the same on every run.
 * (`hash` is the one-shot form of createHash(...).update(...).digest(...), the same
 * digest without a Hash object per row: a full run hashes every node and edge.)
 */
export function contentHash(properties: PropertyMap = {}): string {
  // Most edges (HAS_FIELD, IN_DOMAIN, FROM_SOURCE) have no properties: one hash serves them all.
  if (!hasValue(properties)) return EMPTY_HASH;
  const entries = Object.entries(properties)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hash('sha1', JSON.stringify(entries), 'base64url');
}

function hasValue(properties: PropertyMap): boolean {
  for (const key in properties) if (properties[key] !== null && properties[key] !== undefined) return true;
  return false;
}
