import { describe, expect, it } from 'vitest';
import { serviceEnvironment } from './serviceEnvironment.ts';

describe('serviceEnvironment', () => {
  it("passes what the system, a JVM and a C program read, the service's own settings, and no other secret", () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/root',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      JAVA_HOME: '/usr/lib/jvm/java-17',
      NEO4J_PASSWORD: 'n',
      MEILI_MASTER_KEY: 'm',
      MEILI_HTTP_ADDR: '0.0.0.0:7700',
      RENTALS_DB_PASSWORD: 'r',
      POLDER_API_PORT: '4000',
    };
    expect(serviceEnvironment(env, { NEO4J_AUTH_PASSWORD: 'own' })).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      JAVA_HOME: '/usr/lib/jvm/java-17',
      NEO4J_AUTH_PASSWORD: 'own',
    });
  });
});
