/**
 * The API on a thread of its own, for `polder bench api`: with its own heap, as a deployed API has in its
 * own process, so that its garbage collections and the bench's (the client's; the bare walk's, also on a
 * thread of its own: bareWalkThread.ts) do not land on each other's timings. The thread opens its own driver
 * and Meilisearch client (apiThreadEntry.ts).
 */
import type { ApiDependencies } from '@polder/api';
import type { MeiliConnection, Neo4jConnection } from '@polder/runtime';
import { TypeScriptThread } from '../typescriptThread.ts';

/** What the thread needs to serve: where the stores are, and the API's settings (all of them plain data). */
export interface ApiThreadSettings extends Omit<ApiDependencies, 'driver' | 'meili' | 'logger' | 'crawls'> {
  neo4j: Neo4jConnection;
  meili: MeiliConnection;
  logLevel: string;
}

/** What the thread says once it serves. */
export interface ApiThreadReady {
  url: string;
}

export interface ApiThread {
  /** The API's base URL, on loopback. */
  url: string;
  stop(): Promise<void>;
}

export async function startApiThread(settings: ApiThreadSettings): Promise<ApiThread> {
  const { thread, ready } = await TypeScriptThread.start<ApiThreadReady, never>("the API's thread", new URL('./apiThreadEntry.ts', import.meta.url), settings);
  return { url: ready.url, stop: () => thread.stop() };
}
