import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure functions, no services, fast) and `integration`
// (real Neo4j, Meilisearch and PostgreSQL, started once per run by the global setup).
const INTEGRATION = ['test/*.test.ts', '*/src/**/*.integration.test.ts'];

export default defineConfig({
  // The API's type-graphql decorators are TypeScript's legacy decorators.
  esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true } } },
  resolve: {
    // graphql ships CommonJS and ESM builds; type-graphql and Apollo (run by Node) load
    // the CommonJS one, so our sources must too, or the schema mixes two graphql realms.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    reporters: ['default', './test/setup/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{graph-schema,runtime,crawlers,api,cli}/src/**/*.test.ts', 'web/lib/**/*.test.ts', 'test/*/**/*.test.ts'],
          exclude: INTEGRATION,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          // The log scan first: its teardown runs last, once the services have stopped and their logs are in.
          globalSetup: ['test/setup/scanLogsForSecrets.ts', 'test/setup/startServices.ts'],
          setupFiles: ['test/setup/registerCreatedSecrets.ts'],
          // One set of services, shared: files run one after the other.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
