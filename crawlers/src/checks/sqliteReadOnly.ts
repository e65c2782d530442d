/**
 * A read-only SQLite connection for checks, in a child process. better-sqlite3
 * runs a query synchronously to its end (a worker thread cannot be stopped while
 * SQLite holds it), so a check with a timeout needs a process it can kill: the
 * child opens the file read-only (`readonly: true`, plus `PRAGMA query_only`),
 * answers one JSON line per query, and is killed on close or timeout.
 * better-sqlite3's `prepare` takes exactly one statement.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { CheckQuery } from './checkQuery.ts';
import { readOnlyConnection, type ReadOnlyConnection } from './ReadOnlyConnection.ts';

// Plain CommonJS, run by `node -e`: the child needs no TypeScript loader.
const CHILD = `
const Database = require(process.env.POLDER_SQLITE_MODULE);
const reply = (message) => process.stdout.write(JSON.stringify(message) + '\\n');
let db;
try {
  db = new Database(process.env.POLDER_SQLITE_FILE, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  reply({ ok: true });
} catch (error) {
  reply({ ok: false, error: error.message });
  process.exit(0);
}
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  try {
    const { sql, params } = JSON.parse(line);
    const statement = db.prepare(sql);
    if (!statement.reader) throw new Error('the statement returns no rows');
    reply({ ok: true, rows: statement.raw(true).all(...params) });
  } catch (error) {
    reply({ ok: false, error: error.message });
  }
});
`;

interface Reply {
  ok: boolean;
  rows?: unknown[][];
  error?: string;
}

export async function openSqliteReadOnly(path: string): Promise<ReadOnlyConnection> {
  // better-sqlite3 says only "unable to open database file"; say which.
  if (!existsSync(path)) throw new Error(`SQLite file ${path} does not exist`);
  const child = spawn(process.execPath, ['-e', CHILD], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, POLDER_SQLITE_MODULE: createRequire(import.meta.url).resolve('better-sqlite3'), POLDER_SQLITE_FILE: path },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.on('error', () => {});
  const waiting: Array<{ resolve: (reply: Reply) => void; reject: (error: Error) => void }> = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.resolve(JSON.parse(line) as Reply));
  child.once('exit', (code, signal) => {
    const error = new Error(signal === 'SIGKILL' ? 'the SQLite query was stopped' : `the SQLite reader exited (${code ?? signal}): ${stderr.trim().slice(-500)}`);
    for (const pending of waiting.splice(0)) pending.reject(error);
  });
  const nextReply = () => new Promise<Reply>((resolve, reject) => waiting.push({ resolve, reject }));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };

  const opened = await nextReply().catch(async (error: Error) => {
    await close();
    throw error;
  });
  if (!opened.ok) {
    await close();
    throw new Error(`cannot open SQLite file ${path}: ${opened.error}`);
  }
  const rows = async ({ sql, params }: CheckQuery): Promise<unknown[][]> => {
    const reply = nextReply();
    child.stdin.write(JSON.stringify({ sql, params }) + '\n');
    const { ok, rows: found, error } = await reply;
    if (!ok) throw new Error(error);
    return found ?? [];
  };
  return readOnlyConnection(rows, close);
}
