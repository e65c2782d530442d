#!/usr/bin/env -S node --max-semi-space-size=64
// Polder's CLI. The sources are TypeScript, run through tsx's loader: there is
// no build step between a clone and `npx polder`. The monorepo's tsconfig is
// named explicitly because the decorators of the API need it, whatever the cwd.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The CLI runs Polder as it runs in production (a vitest run sets its own NODE_ENV). Libraries read
// this once when loaded: graphql-js, for one, otherwise checks every type test against a second copy
// of itself, a third of the API's GraphQL execution time for a 1,000-node lineage answer.
process.env.NODE_ENV ??= 'production';
// The flag in the first line: a young generation of up to 64 MB a half (Node's default is 16). A crawl
// builds its snapshot and the graph's side of the diff, hundreds of MB of objects that all live until
// the write; with the default, V8 copies them through a hundred young collections (1.8 s of the
// unchanged re-crawl of `npx polder bench postgres`, 1.3 s at 64 MB: BENCHMARKS.md). Larger halves
// cost the API: 128 MB gave a worse p95 for the 1,000-node lineage walk than 64 or 16.
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('../src/main.ts');
