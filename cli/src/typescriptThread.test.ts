import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TypeScriptThread } from './typescriptThread.ts';

// Modules written outside the monorepo, where no package.json makes a `.ts` file ECMAScript: hence `.mts`.
const directory = mkdtempSync(join(tmpdir(), 'polder-typescript-thread-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function module(name: string, source: string): URL {
  const path = join(directory, `${name}.mts`);
  writeFileSync(path, source);
  return pathToFileURL(path);
}

// Type annotations and an enum: syntax only a TypeScript loader runs. It multiplies what it is asked by the
// factor it was given, fails when asked to, and says when it has stopped.
const MULTIPLIER = module(
  'multiplier',
  `import { isMainThread, parentPort, workerData } from 'node:worker_threads';
enum Stopped { Yes = 'stopped' }
const { factor } = workerData.data as { factor: number };
parentPort!.on('message', async (question: number | 'fail' | 'stop') => {
  if (question === 'stop') return parentPort!.postMessage(Stopped.Yes);
  if (question === 'fail') throw new Error('asked to fail');
  parentPort!.postMessage(question * factor);
});
parentPort!.postMessage({ onMainThread: isMainThread });
`,
);

describe('TypeScriptThread', () => {
  it('runs a TypeScript module on a thread of its own, with its data, answering one question at a time', async () => {
    const { thread, ready } = await TypeScriptThread.start<{ onMainThread: boolean }, number>('the multiplier', MULTIPLIER, { factor: 3 });
    try {
      expect(ready).toEqual({ onMainThread: false });
      expect(await thread.ask(14)).toBe(42);
      expect(await thread.ask(2)).toBe(6);
      const [first, second] = await Promise.allSettled([thread.ask(1), thread.ask(2)]);
      expect(first).toEqual({ status: 'fulfilled', value: 3 });
      expect(second.status === 'rejected' && (second.reason as Error).message).toBe('the multiplier failed: a question is already waiting for its answer: ask one at a time');
      expect(await thread.ask(5)).toBe(15); // the refused question never reached the thread
    } finally {
      await thread.stop();
    }
  });

  it("refuses the question waiting, and every later one, with the module's failure, named after the thread", async () => {
    const { thread } = await TypeScriptThread.start<unknown, number>('the multiplier', MULTIPLIER, { factor: 3 });
    await expect(thread.ask('fail')).rejects.toThrow('the multiplier failed: asked to fail');
    await expect(thread.ask(1)).rejects.toThrow('the multiplier failed: asked to fail');
    await expect(thread.stop()).rejects.toThrow('the multiplier failed: asked to fail');
  });

  it('names what kept a module from starting', async () => {
    const failing = module('failing', `const reason: string = 'no graph here';\nthrow new Error(reason);\n`);
    await expect(TypeScriptThread.start('the failing module', failing, {})).rejects.toThrow('the failing module did not start: no graph here');
  });

  it('names a module that ends without saying it is ready', async () => {
    const silent = module('silent', `const nothing: null = null;\nexport default nothing;\n`);
    await expect(TypeScriptThread.start('the silent module', silent, {})).rejects.toThrow('the silent module did not start: it stopped (exit code 0)');
  });
});
