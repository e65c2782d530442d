import { describe, expect, it } from 'vitest';
import { serverSettings } from './serverSettings.mjs';

describe('serverSettings', () => {
  it('has loopback, port 3000 and no trust in proxies unless told', () => {
    expect(serverSettings({})).toEqual({ hostname: '127.0.0.1', port: 3000, trustProxy: false, secureCookie: false });
    expect(serverSettings({ POLDER_WEB_HOST: '0.0.0.0', POLDER_WEB_PORT: '3100', POLDER_WEB_TRUST_PROXY: 'true', POLDER_WEB_SECURE_COOKIE: 'true' })).toEqual({
      hostname: '0.0.0.0',
      port: 3100,
      trustProxy: true,
      secureCookie: true,
    });
  });

  it.each([
    [{ POLDER_WEB_SECURE_COOKIE: 'yes' }, 'POLDER_WEB_SECURE_COOKIE takes true or false, not "yes"'],
    [{ POLDER_WEB_SECURE_COOKIE: 'TRUE' }, 'POLDER_WEB_SECURE_COOKIE takes true or false, not "TRUE"'],
    [{ POLDER_WEB_TRUST_PROXY: '1' }, 'POLDER_WEB_TRUST_PROXY takes true or false, not "1"'],
    [{ POLDER_WEB_PORT: '0x0BB8' }, 'POLDER_WEB_PORT takes a port number from 1 to 65535, not "0x0BB8"'],
    [{ POLDER_WEB_PORT: '70000' }, 'POLDER_WEB_PORT takes a port number from 1 to 65535, not "70000"'],
  ])('refuses %j', (env, message) => {
    expect(() => serverSettings(env)).toThrow(message);
  });
});
