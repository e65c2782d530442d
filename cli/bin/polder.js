#!/usr/bin/env node
// Polder's CLI. The sources are TypeScript, run through tsx's loader: there is
// no build step between a clone and `npx polder`. The monorepo's tsconfig is
// named explicitly because the decorators of the API need it, whatever the cwd.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The CLI runs Polder as it runs in production (a vitest run sets its own NODE_ENV). Libraries read
// this once when loaded: graphql-js, for one, otherwise checks every type test against a second copy
// of itself, a third of the API's GraphQL execution time for a 1,000-node lineage answer.
process.env.NODE_ENV ??= 'production';
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('../src/main.ts');
