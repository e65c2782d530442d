/**
 * The environment the web catalog's processes (`next build`, web/server.mjs) get: what Node, Next and
 * the web read, and nothing else (runtime's childEnvironment.ts): the web talks to the API alone and
 * needs none of the CLI's secrets.
 */
import { childEnvironment } from '@polder/runtime';

const WEB_VARIABLES = {
  names: ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'NODE_ENV', 'NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'CI'],
  prefixes: ['POLDER_WEB_', 'NEXT_'],
};

export function webEnvironment(env: NodeJS.ProcessEnv, own: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return childEnvironment(env, WEB_VARIABLES, own);
}
