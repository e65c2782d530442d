import type { GraphSnapshot } from '@polder/graph-schema';
import type { UsageReading } from '../usage/UsageReading.ts';

/**
 * A crawler for one configured source. `read()` extracts from the store and maps
 * the result (pure) into a snapshot; it never writes: the caller applies the
 * snapshot as one mutation, so every source gets the same safety rules.
 */
export interface SourceProvider {
  /** Stable name, `<kind>:<sourceId>`; scopes what a run may remove. */
  readonly name: string;
  read(): Promise<SourceRead>;
}

export interface SourceRead {
  snapshot: GraphSnapshot;
  /** What was read, for the log line and the run history: "read 23 tables, 131 columns". */
  stats: Record<string, number>;
  /** What the store's own counters say about how much each dataset is used, when it keeps any (crawlers/src/usage/). */
  usage?: UsageReading[];
}
