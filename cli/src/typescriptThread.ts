import { Worker } from 'node:worker_threads';

/**
 * A TypeScript module on a worker thread of its own (typescriptThread.mjs loads it), with its own heap.
 *
 * The module reads its data as `workerData.data`, and keeps to one exchange: once ready, it posts one
 * message (what the caller needs to know of it); then it answers each message posted to it with one
 * message; asked `'stop'`, it closes what it opened and answers. It needs no error handling of its own:
 * whatever it throws, or leaves rejected, ends the thread, and the question waiting for an answer (or the
 * next one asked) is refused with that error, named after the thread.
 */
export class TypeScriptThread<Answer> {
  private readonly worker: Worker;
  private failure: Error | undefined;
  private waiting: { resolve(answer: unknown): void; reject(error: Error): void } | undefined;

  /** Starts `module` on a thread named `name` (in errors), and waits for the message saying it is ready. */
  static async start<Ready, Answer>(name: string, module: URL, data: unknown): Promise<{ thread: TypeScriptThread<Answer>; ready: Ready }> {
    const thread = new TypeScriptThread<Answer>(name, module, data);
    try {
      return { thread, ready: (await thread.next()) as Ready };
    } catch (error) {
      await thread.worker.terminate();
      throw new Error(`${name} did not start: ${(error as Error).message}`);
    }
  }

  private constructor(
    private readonly name: string,
    module: URL,
    data: unknown,
  ) {
    this.worker = new Worker(new URL('./typescriptThread.mjs', import.meta.url), { workerData: { module: module.href, data } });
    this.worker.on('message', (message: unknown) => this.settle()?.resolve(message));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`it stopped (exit code ${code})`)));
  }

  /** The thread's answer to `question`. */
  async ask(question: unknown): Promise<Answer> {
    try {
      const answer = this.next();
      this.worker.postMessage(question);
      return (await answer) as Answer;
    } catch (error) {
      throw new Error(`${this.name} failed: ${(error as Error).message}`);
    }
  }

  /** Asks the module to close what it opened, then ends the thread, whether it could or not. */
  async stop(): Promise<void> {
    try {
      await this.ask('stop');
    } finally {
      await this.worker.terminate();
    }
  }

  /** The next message from the thread, or its failure; throws at once (before a question is posted) if it cannot come. */
  private next(): Promise<unknown> {
    if (this.failure) throw this.failure;
    if (this.waiting) throw new Error('a question is already waiting for its answer: ask one at a time');
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  private settle() {
    const waiting = this.waiting;
    this.waiting = undefined;
    return waiting;
  }

  private fail(error: Error) {
    this.failure ??= error;
    this.settle()?.reject(this.failure);
  }
}
