/** The real services the global setup started, as the integration tests reach them. */
import { inject } from 'vitest';
import { connectMeili, connectNeo4j, createLogger, type RunningServices } from '@polder/runtime';

export function testServices(): RunningServices {
  return inject('services');
}

export function testDriver() {
  return connectNeo4j(testServices().neo4j);
}

export function testMeili() {
  const { meili } = testServices();
  return connectMeili(meili);
}

export const testLogger = createLogger('test', process.env.POLDER_LOG_LEVEL ?? 'silent');
