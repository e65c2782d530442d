/**
 * `polder worker` in a process of its own, for the test of its shared queue: the configuration
 * comes as JSON overrides in CONFIG (no polder.yaml), and SIGTERM stops it as it would a deployment.
 */
import { createLogger, loadConfig } from '@polder/runtime';
import { worker } from '../../cli/src/commands/worker.ts';

const config = loadConfig({ file: null, env: {}, overrides: JSON.parse(process.env.CONFIG!) });
process.exitCode = (await worker.run([], { config, logger: createLogger('worker', 'silent') })) ?? 0;
