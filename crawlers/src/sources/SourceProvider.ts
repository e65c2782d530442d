import type { GraphSnapshot } from '@polder/graph-schema';
import type { UsageReading } from '../usage/UsageReading.ts';
import type { DeclaredStore } from '../mesh/readDeclaredStores.ts';

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

/**
 * What a provider may learn, while it reads, of the other sources the mesh declares: a crawl is
 * configured with its own source only. Asked only by a provider that reads into another source's
 * store (a MySQL view or foreign key into another database of its server), so others cost nothing.
 */
export interface MeshView {
  /** The database-server sources of the mesh, with what each keeps (readDeclaredStores.ts). */
  declaredStores(): Promise<DeclaredStore[]>;
}

/** A mesh of no other source: a provider read outside a crawl (a test, a tool) draws no edge into another source. */
export const NO_OTHER_SOURCES: MeshView = { declaredStores: async () => [] };
