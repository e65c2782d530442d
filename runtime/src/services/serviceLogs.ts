/**
 * Each service's output goes to `<dataDir>/logs/<service>.log`, appended across
 * starts. When a start fails, the error shows the tail of what this start wrote,
 * not of an earlier run.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogExcerpt } from './ServiceStartError.ts';

/** How many lines of a log an error message quotes. */
export const LOG_TAIL_LINES = 20;

export interface ServiceLog {
  file: string;
  /** Open for appending; hand it to child processes as stdout/stderr. */
  fd: number;
  /** Size of the file when this start began: the tail is read from here. */
  startOffset: number;
  close(): void;
}

export function openServiceLog(file: string): ServiceLog {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a', 0o600);
  return {
    file,
    fd,
    startOffset: statSync(file).size,
    close: () => closeSync(fd),
  };
}

/** The last lines written since `log` was opened. */
export function readLogTail(log: Pick<ServiceLog, 'file' | 'startOffset'>, maxLines = LOG_TAIL_LINES): LogExcerpt {
  let text: string;
  try {
    text = readFileSync(log.file).subarray(log.startOffset).toString('utf8');
  } catch {
    text = '';
  }
  return { file: log.file, lines: lastLines(text, maxLines) };
}

const ANSI_ESCAPE = /\u001b\[[0-9;]*[A-Za-z]/g;

/** Colour codes (Meilisearch and Maven write them even to a file) are dropped; they only garble a message. */
export function lastLines(text: string, maxLines: number): string[] {
  const lines = text
    .replace(ANSI_ESCAPE, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  return lines.slice(-maxLines);
}
