/**
 * The hand-written lineage walk on a thread of its own, for `polder bench api`: a script with just the
 * driver, as one would write it without Polder, with a heap of its own as the API has on its thread
 * (apiThread.ts). Each walk is timed where it runs, around the driver's call alone: what is measured is
 * the walk, not the message that asked for it, nor collections of the bench's garbage.
 */
import type { Neo4jConnection } from '@polder/runtime';
import { TypeScriptThread } from '../typescriptThread.ts';

export interface BareWalkSettings {
  /** Its `database`, when set, is the one walked. */
  neo4j: Neo4jConnection;
  /** The walk's forms by name: Cypher taking `parameters`. */
  forms: Record<string, string>;
  parameters: Record<string, unknown>;
}

/** What the thread answers a walk: the time the driver's call took, in milliseconds. */
export interface BareWalkTime {
  ms: number;
}

export interface BareWalkThread {
  /** Runs the named form once; resolves with its time in milliseconds, as measured on the thread. */
  time(form: string): Promise<number>;
  stop(): Promise<void>;
}

export async function startBareWalkThread(settings: BareWalkSettings): Promise<BareWalkThread> {
  const { thread } = await TypeScriptThread.start<unknown, BareWalkTime>("the bare walk's thread", new URL('./bareWalkThreadEntry.ts', import.meta.url), settings);
  return {
    time: async (form) => (await thread.ask({ form })).ms,
    stop: () => thread.stop(),
  };
}
