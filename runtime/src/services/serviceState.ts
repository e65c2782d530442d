/**
 * `<dataDir>/run/services.json`: which processes Polder started for this data dir,
 * so that `polder services down|status` (another process, later) can find them,
 * and a new start can reuse a healthy one or clean up what a killed parent left.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ServiceName } from './serviceTypes.ts';

const serviceRecordSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int().positive(),
  /** attached: dies with `ownerPid`; detached: runs until `polder services down`. */
  mode: z.enum(['attached', 'detached']),
  ownerPid: z.number().int().positive().optional(),
  startedAt: z.string(),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

const stateSchema = z.object({
  neo4j: serviceRecordSchema.optional(),
  meili: serviceRecordSchema.optional(),
  postgres: serviceRecordSchema.optional(),
});
export type ServiceState = z.infer<typeof stateSchema>;

/** The recorded processes; an absent or unreadable file means none. */
export async function readServiceState(stateFile: string): Promise<ServiceState> {
  let text: string;
  try {
    text = await readFile(stateFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed = stateSchema.safeParse(safeJsonParse(text));
  // A file from an older layout or a torn write is not worth failing a start over:
  // every recorded pid is verified against the live process table anyway.
  return parsed.success ? parsed.data : {};
}

export async function recordService(stateFile: string, name: ServiceName, record: ServiceRecord): Promise<void> {
  await updateServiceState(stateFile, (state) => ({ ...state, [name]: record }));
}

export async function forgetService(stateFile: string, name: ServiceName, pid: number): Promise<void> {
  // Only forget the record of *this* process: another start may have replaced it meanwhile.
  await updateServiceState(stateFile, (state) => {
    if (state[name]?.pid !== pid) return state;
    const { [name]: _forgotten, ...rest } = state;
    return rest;
  });
}

/** Pending updates per state file: services start in parallel, and each update is a read-modify-write. */
const updatesInFlight = new Map<string, Promise<void>>();

function updateServiceState(stateFile: string, update: (state: ServiceState) => ServiceState): Promise<void> {
  const previous = updatesInFlight.get(stateFile) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => writeUpdate(stateFile, update));
  updatesInFlight.set(stateFile, next);
  const settle = () => {
    if (updatesInFlight.get(stateFile) === next) updatesInFlight.delete(stateFile);
  };
  next.then(settle, settle);
  return next;
}

async function writeUpdate(stateFile: string, update: (state: ServiceState) => ServiceState): Promise<void> {
  const next = update(await readServiceState(stateFile));
  await mkdir(dirname(stateFile), { recursive: true });
  // Write-then-rename, so a reader never sees half a file.
  const temporary = `${stateFile}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`);
  await rename(temporary, stateFile);
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
