/**
 * The environment the web catalog's processes (`next build`, web/server.mjs) get: what Node, Next and
 * the web read, and nothing else. The CLI's own environment holds Neo4j's password, Meilisearch's key and
 * every source's password (`passwordEnv`); the web talks to the API alone and needs none of them.
 */
const PASSED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'NODE_ENV', 'NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'CI'];
const PASSED_PREFIXES = ['POLDER_WEB_', 'NEXT_'];

export function webEnvironment(env: NodeJS.ProcessEnv, own: Record<string, string>): NodeJS.ProcessEnv {
  const passed = Object.entries(env).filter(([name]) => PASSED.includes(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix)));
  return { ...Object.fromEntries(passed), ...own };
}
