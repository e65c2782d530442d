import type { TagUsage } from '../api';

import { parseTags } from './parseTags';
import { tagBeingTyped } from './tagBeingTyped';
import { tagCaseKey } from './tagCaseKey';

export interface TagOption {
  /** The whole box with the tag being typed completed: a datalist option replaces the input's whole value. */
  value: string;
  /** What the browser shows beside it: how much the tag is used. */
  label: string;
}

/**
 * What a datalist under a tags box offers: the box with the tag being typed completed by each tag the
 * catalog uses (`usages`, the API's answer for it), leaving out those the box already holds before it.
 *
 *   'gold, pi', [{ name: 'PII', count: 3 }, { name: 'gold', count: 2 }]
 *   → [{ value: 'gold, PII', label: 'on 3 assets' }]
 */
export function tagOptions(text: string, usages: readonly TagUsage[]): TagOption[] {
  const { before } = tagBeingTyped(text);
  const held = new Set(parseTags(before).map(tagCaseKey));
  return usages
    .filter((usage) => !held.has(tagCaseKey(usage.name)))
    .map((usage) => ({ value: `${before}${usage.name}`, label: `on ${usage.count} ${usage.count === 1 ? 'asset' : 'assets'}` }));
}
