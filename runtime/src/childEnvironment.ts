/**
 * The environment of a child process that needs only some of ours: the variables `allowed` names (by
 * name, or by prefix), plus its own settings. Polder's environment holds Neo4j's password,
 * Meilisearch's key and every source's password (`passwordEnv`); a child gets a secret only as one
 * of its own, and anything in a process's environment can be read from /proc/<pid>/environ by its user.
 */
export interface AllowedVariables {
  names: readonly string[];
  prefixes?: readonly string[];
}

export function childEnvironment(env: NodeJS.ProcessEnv, allowed: AllowedVariables, own: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const passed = Object.entries(env).filter(([name]) => allowed.names.includes(name) || (allowed.prefixes ?? []).some((prefix) => name.startsWith(prefix)));
  return { ...Object.fromEntries(passed), ...own };
}
