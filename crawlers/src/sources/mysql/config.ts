import { resolveSecret, type SourceConfigOf } from '@polder/runtime';
import type { MySqlConnection } from './extract.ts';

/** The connection of a `kind: mysql` source, with its password resolved from env or file. */
export function mysqlConnection(source: SourceConfigOf<'mysql'>, env: NodeJS.ProcessEnv = process.env): MySqlConnection {
  const { host, port, database, user, passwordEnv, passwordFile } = source.connection;
  return {
    host,
    port,
    database,
    user,
    password: resolveSecret({ env: passwordEnv, file: passwordFile }, `source ${source.id}`, env),
  };
}
