import { createContext } from 'react';

import type { ExpandDirection } from '@/lib/lineage/mergeLineage';

export interface LineageExpandContext {
  /** Fetches a node's neighbours one way and merges them into the graph. */
  expand(urn: string, direction: ExpandDirection): void;
  /** The expansion under way (its expansionKey), if any: the others wait for it. */
  pending: string | null;
}

/** How a node card reaches its explorer's expand, without a function in every node's data. */
export const LineageExpand = createContext<LineageExpandContext>({ expand: () => undefined, pending: null });
