/**
 * The output of a process a test starts (test/support/*Process.ts), passed on to
 * this process's stdout and stderr as before, and appended to the run's log
 * capture so the log scan (test/setup/scanLogsForSecrets.ts) reads it too: what
 * such a process prints besides its log lines (a crash, a stack trace) must not
 * hold a secret either. Start the process with stdout and stderr as pipes.
 */
import type { ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_CAPTURE_DIR_ENV } from '@polder/runtime';

export function captureProcessOutput(child: ChildProcess, name: string): ChildProcess {
  const dir = process.env[LOG_CAPTURE_DIR_ENV];
  if (!dir) throw new Error(`${LOG_CAPTURE_DIR_ENV} is not set: the integration tests' global setup (test/setup/scanLogsForSecrets.ts) sets it`);
  const file = join(dir, `${name}-${child.pid}.out`);
  const pipes: Array<[NodeJS.ReadableStream | null, NodeJS.WritableStream]> = [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ];
  for (const [from, to] of pipes) {
    if (!from) throw new Error(`captureProcessOutput: start ${name} with stdout and stderr as pipes`);
    from.on('data', (chunk: Buffer) => {
      to.write(chunk);
      appendFileSync(file, chunk, { mode: 0o600 });
    });
  }
  return child;
}
