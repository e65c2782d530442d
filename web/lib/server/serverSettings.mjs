/**
 * The web server's settings from its environment, read once at start by server.mjs (plain JavaScript,
 * as server.mjs is). A value that is not one the setting takes stops the server with a line naming it:
 * `POLDER_WEB_SECURE_COOKIE=yes` read as "not true" would send the session cookie without `Secure`
 * to someone who meant the opposite.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ hostname: string; port: number; trustProxy: boolean; secureCookie: boolean }}
 */
export function serverSettings(env) {
  return {
    hostname: env.POLDER_WEB_HOST || '127.0.0.1',
    port: portSetting(env, 'POLDER_WEB_PORT', 3000),
    trustProxy: booleanSetting(env, 'POLDER_WEB_TRUST_PROXY'),
    secureCookie: booleanSetting(env, 'POLDER_WEB_SECURE_COOKIE'),
  };
}

/** A setting the environment gives wrongly. */
export class ServerSettingError extends Error {
  name = 'ServerSettingError';
}

/** @param {Record<string, string | undefined>} env @param {string} name */
function booleanSetting(env, name) {
  const value = env[name];
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ServerSettingError(`${name} takes true or false, not "${value}"`);
}

/** @param {Record<string, string | undefined>} env @param {string} name @param {number} fallback */
function portSetting(env, name, fallback) {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new ServerSettingError(`${name} takes a port number from 1 to 65535, not "${value}"`);
  return port;
}
