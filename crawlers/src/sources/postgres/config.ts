import { resolveSecret, type SourceConfigOf } from '@polder/runtime';
import type { PgConnection } from './extract.ts';

/** The connection of a `kind: postgres` source, with its password resolved from env or file. */
export function postgresConnection(source: SourceConfigOf<'postgres'>, env: NodeJS.ProcessEnv = process.env): PgConnection {
  const { host, port, database, user, passwordEnv, passwordFile } = source.connection;
  return {
    host,
    port,
    database,
    user,
    password: resolveSecret({ env: passwordEnv, file: passwordFile }, `source ${source.id}`, env),
  };
}
