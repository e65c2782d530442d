import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { keepAttachedRunning, type AttachedProcess } from './keepAttachedRunning.ts';

/** A process that ends when told to die (unexpectedly) or to stop. */
function fakeProcess(pid: number): AttachedProcess & { die(): void; stopped: boolean } {
  let end!: (exit: { code: number | null; signal: NodeJS.Signals | null }) => void;
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => (end = resolve));
  const process = {
    pid,
    logFile: '/logs/meili.log',
    ended,
    stopped: false,
    stopping: () => process.stopped,
    stop: async () => {
      process.stopped = true;
      end({ code: 0, signal: null });
    },
    die: () => end({ code: null, signal: 'SIGKILL' }),
  };
  return process;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('keepAttachedRunning', () => {
  it('starts a process that died again, until the limit, then leaves it stopped and says how to bring it back', async () => {
    const lines: string[] = [];
    const logger = createLogger('test', 'info', { write: (line: string) => void lines.push(JSON.parse(line).msg) });
    const processes = [fakeProcess(1)];
    const kept = keepAttachedRunning(
      'Meilisearch',
      processes[0]!,
      async () => {
        processes.push(fakeProcess(processes.length + 1));
        return processes.at(-1)!;
      },
      logger,
      { maxRestarts: 2, windowMs: 60_000 },
    );
    processes[0]!.die();
    await settle();
    processes[1]!.die();
    await settle();
    processes[2]!.die();
    await settle();
    expect(processes).toHaveLength(3);
    expect(lines).toEqual([
      'Meilisearch (pid 1) stopped unexpectedly (signal SIGKILL): starting it again (its log: /logs/meili.log)',
      'Meilisearch running again (pid 2)',
      'Meilisearch (pid 2) stopped unexpectedly (signal SIGKILL): starting it again (its log: /logs/meili.log)',
      'Meilisearch running again (pid 3)',
      'Meilisearch (pid 3) stopped unexpectedly (signal SIGKILL), after 2 restarts in 1 minute: left stopped, and what needs it fails until it runs again; ' +
        'see its log (/logs/meili.log), then start it with "npx polder services up"',
    ]);
    await kept.stop();
  });

  it('stops the process a restart under way brings up, and restarts nothing it stopped itself', async () => {
    const lines: string[] = [];
    const logger = createLogger('test', 'info', { write: (line: string) => void lines.push(JSON.parse(line).msg) });
    const first = fakeProcess(1);
    const second = fakeProcess(2);
    let release!: () => void;
    const launched = new Promise<void>((resolve) => (release = resolve));
    const kept = keepAttachedRunning('Neo4j', first, async () => (await launched, second), logger);
    first.die();
    await settle();
    const stopping = kept.stop();
    release();
    await stopping;
    expect(second.stopped).toBe(true);
    expect(lines).toEqual(['Neo4j (pid 1) stopped unexpectedly (signal SIGKILL): starting it again (its log: /logs/meili.log)']);
    // Stopped on purpose: no restart.
    const third = fakeProcess(3);
    const quiet = keepAttachedRunning('Neo4j', third, async () => fakeProcess(4), logger);
    await quiet.stop();
    await settle();
    expect(lines).toHaveLength(1);
  });
});
