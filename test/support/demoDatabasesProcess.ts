/**
 * `seedDemoDatabases` in a process of its own, for the test that kills one with SIGKILL in the middle of
 * loading a demo file: the PostgreSQL connection (POSTGRES) and the demo directory (DEMO_DIR) from env.
 */
import { createLogger } from '@polder/runtime';
import { seedDemoDatabases } from '../../cli/src/demo/seedDemoDatabases.ts';

await seedDemoDatabases(JSON.parse(process.env.POSTGRES!), process.env.DEMO_DIR!, createLogger('demo-databases', 'silent'));
process.send?.('done');
