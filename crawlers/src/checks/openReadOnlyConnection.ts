/** Opens a read-only connection to a checkable source, with the same connection settings and secrets its crawler uses. */
import { serverConnection } from '../sources/serverConnection.ts';
import type { CheckableSource } from './checkTarget.ts';
import { openMySqlReadOnly } from './mysqlReadOnly.ts';
import { openPostgresReadOnly } from './postgresReadOnly.ts';
import type { ReadOnlyConnection } from './ReadOnlyConnection.ts';
import { openSqliteReadOnly } from './sqliteReadOnly.ts';

export function openReadOnlyConnection(source: CheckableSource, timeoutMs: number, env: NodeJS.ProcessEnv): Promise<ReadOnlyConnection> {
  switch (source.kind) {
    case 'postgres':
      return openPostgresReadOnly(serverConnection(source, env), timeoutMs);
    case 'mysql':
      return openMySqlReadOnly(serverConnection(source, env), timeoutMs);
    case 'sqlite':
      return openSqliteReadOnly(source.path);
  }
}
