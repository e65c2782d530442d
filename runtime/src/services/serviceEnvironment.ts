/**
 * The environment a local service's process (Neo4j, Meilisearch, PostgreSQL and its initdb) gets: what
 * an operating system, a JVM and a C program read, plus the service's own settings (`own`), and nothing
 * else (childEnvironment.ts): PostgreSQL runs as `postgres` when Polder runs as root, and that user may
 * read its servers' environments.
 */
import { childEnvironment } from '../childEnvironment.ts';

const SERVICE_VARIABLES = {
  names: ['PATH', 'HOME', 'USER', 'LOGNAME', 'TMPDIR', 'TZ', 'LANG', 'LANGUAGE', 'LD_LIBRARY_PATH', 'JAVA_HOME', 'JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS'],
  prefixes: ['LC_'],
};

export function serviceEnvironment(env: NodeJS.ProcessEnv, own: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return childEnvironment(env, SERVICE_VARIABLES, own);
}
