#!/usr/bin/env node
// Polder's CLI. The sources are TypeScript, run through tsx's loader: there is
// no build step between a clone and `npx polder`. The monorepo's tsconfig is
// named explicitly because the decorators of the API need it, whatever the cwd.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('../src/main.ts');
