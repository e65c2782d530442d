/**
 * Structured logs (pino). Secrets never reach a log line: known secret-bearing
 * keys are redacted wherever they appear in a logged object.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const REDACTED_KEYS = ['password', 'key', 'masterKey', 'token', 'secret', 'authorization', 'apiKey'];

/** A logger writing JSON lines to stdout, or to `destination` (tests capture every line that way). */
export function createLogger(name: string, level: string = process.env.POLDER_LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    redact: {
      paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
