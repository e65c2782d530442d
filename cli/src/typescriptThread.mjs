// A worker thread's entry that runs one of the CLI's TypeScript modules. A worker does not inherit the
// loader the CLI registers (bin/polder.js), nor a `--import` of it through execArgv on Node 20, so it
// registers tsx itself, with the monorepo's tsconfig (the API's decorators need it), then imports the module.
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import(workerData.module);
