/**
 * The environment a local service's process (Neo4j, Meilisearch, PostgreSQL and its initdb) gets: what
 * an operating system, a JVM and a C program read, plus the service's own settings (`own`), and nothing
 * else. Polder's environment holds Neo4j's password, Meilisearch's key and every source's password
 * (`passwordEnv`); each server needs its own secret at most, and anything in a process's environment
 * can be read from /proc/<pid>/environ by its user: PostgreSQL runs as `postgres` when Polder runs as root.
 */
const PASSED = ['PATH', 'HOME', 'USER', 'LOGNAME', 'TMPDIR', 'TZ', 'LANG', 'LANGUAGE', 'LD_LIBRARY_PATH', 'JAVA_HOME', 'JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS'];
const PASSED_PREFIXES = ['LC_'];

export function serviceEnvironment(env: NodeJS.ProcessEnv, own: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const passed = Object.entries(env).filter(([name]) => PASSED.includes(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix)));
  return { ...Object.fromEntries(passed), ...own };
}
