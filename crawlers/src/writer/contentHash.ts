import { hash } from 'node:crypto';
import type { PropertyMap } from '@polder/graph-schema';

/**
 * A stable hash of crawled properties: key order does not matter and null
 * (absent) values do not count, so an unchanged asset hashes the same on every run.
 * (`hash` is the one-shot form of createHash(...).update(...).digest(...), the same
 * digest without a Hash object per row: a full run hashes every node and edge.)
 */
export function contentHash(properties: PropertyMap = {}): string {
  const entries = Object.entries(properties)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hash('sha1', JSON.stringify(entries), 'base64url');
}
