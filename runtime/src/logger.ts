/**
 * Structured logs (pino). Secrets never reach a log line: known secret-bearing
 * keys are redacted wherever they appear in a logged object.
 *
 * With `POLDER_LOG_CAPTURE_DIR` set (the test suite sets it for its whole run,
 * and every process it starts inherits it), every logger also appends each line
 * it makes, at every level down to trace whatever its own level, to
 * `<dir>/<pid>.log`: the suite scans those files for the secrets it knows at the
 * end of the run, so a secret logged at debug level by a silent logger is still
 * caught. The append is synchronous: a process killed with SIGKILL loses nothing.
 */
import { openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const REDACTED_KEYS = ['password', 'key', 'masterKey', 'token', 'secret', 'authorization', 'apiKey'];

/** The env var naming the directory where every log line is also captured (tests only). */
export const LOG_CAPTURE_DIR_ENV = 'POLDER_LOG_CAPTURE_DIR';

/**
 * A logger writing JSON lines to stderr, or to `destination` (tests capture every line that way). Not
 * stdout: that is the commands' answer (`polder check > results.txt`, the URLs `polder start` prints,
 * a token printed once), which log lines in between would spoil.
 */
export function createLogger(name: string, level: string = process.env.POLDER_LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    redact: {
      paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      censor: '[redacted]',
    },
  };
  const capture = captureStream();
  if (!capture) return pino(options, destination ?? pino.destination(2));
  if (level !== 'silent' && pino.levels.values[level] === undefined) throw new Error(`unknown log level "${level}"`);
  // The logger itself runs at trace; the multistream passes each line on to the real
  // destination only at the level asked for, and to the capture file always.
  return pino({ ...options, level: 'trace' }, pino.multistream([{ level: 'trace', stream: capture }, { level, stream: destination ?? pino.destination(2) }]));
}

/** One capture file per process and directory, however many times this module is loaded (vitest reloads it per test file). */
const CAPTURE_FILES = Symbol.for('polder.logCaptureFiles');
type CaptureFiles = Map<string, number | null>;

/** The capture file of this process, opened once; null when capturing is off or its directory is gone. */
function captureStream(): DestinationStream | null {
  const dir = process.env[LOG_CAPTURE_DIR_ENV];
  if (!dir) return null;
  const files = ((globalThis as Record<symbol, CaptureFiles>)[CAPTURE_FILES] ??= new Map());
  if (!files.has(dir)) {
    try {
      files.set(dir, openSync(join(dir, `${process.pid}.log`), 'a', 0o600));
    } catch {
      // A process that outlives the run (its directory removed) still logs; only the capture is lost.
      files.set(dir, null);
    }
  }
  const fd = files.get(dir)!;
  if (fd === null) return null;
  return { write: (line: string) => void writeSync(fd, line) };
}
