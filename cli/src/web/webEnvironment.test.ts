import { describe, expect, it } from 'vitest';
import { webEnvironment } from './webEnvironment.ts';

describe('webEnvironment', () => {
  it("passes what Node, Next and the web read, and none of the CLI's secrets", () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/home/polder',
      NODE_OPTIONS: '--max-old-space-size=2048',
      POLDER_WEB_TRUST_PROXY: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      NEO4J_PASSWORD: 'n',
      MEILI_MASTER_KEY: 'm',
      RENTALS_DB_PASSWORD: 'r',
      REDIS_URL: 'redis://:secret@127.0.0.1:6379',
      POLDER_API_PORT: '4000',
    };
    expect(webEnvironment(env, { POLDER_API_URL: 'http://127.0.0.1:4000/graphql' })).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/polder',
      NODE_OPTIONS: '--max-old-space-size=2048',
      POLDER_WEB_TRUST_PROXY: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      POLDER_API_URL: 'http://127.0.0.1:4000/graphql',
    });
  });
});
