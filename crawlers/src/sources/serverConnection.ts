import { resolveSecret, type SourceConfigOf } from '@polder/runtime';

export interface ServerConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
}

/** The connection of a database-server source (postgres, mysql), with its password resolved from env or file. */
export function serverConnection(source: SourceConfigOf<'postgres' | 'mysql'>, env: NodeJS.ProcessEnv = process.env): ServerConnection {
  const { host, port, database, user, passwordEnv, passwordFile } = source.connection;
  return { host, port, database, user, password: resolveSecret({ env: passwordEnv, file: passwordFile }, `source ${source.id}`, env) };
}
