// What other packages (the end-to-end tests) reuse from the CLI.
export { startWeb } from './web/startWeb.ts';
export { seedDemoDatabases } from './demo/seedDemoDatabases.ts';
export { generateSyntheticMesh, type SyntheticMeshOptions } from './bench/syntheticMesh.ts';
export { preparePostgresBenchDatabase, postgresBenchDatabaseName } from './bench/postgresBenchDatabase.ts';
export { deletePostgresBenchGraph, measureCrawl, postgresBenchSource, writePostgresBenchMesh } from './bench/postgresBench.ts';
export { configuredPolicySet, enforcePolicies } from './governance.ts';
