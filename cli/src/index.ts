// What other packages (the end-to-end tests) reuse from the CLI.
export { startWeb } from './web/startWeb.ts';
export { launchChromium } from './web/launchChromium.ts';
export { seedDemoDatabases } from './demo/seedDemoDatabases.ts';
export { DEMO_LINEAGE_NAMESPACE, demoLineageEvents, type DemoStores } from './demo/demoLineageEvents.ts';
export { seedDemoLineage } from './demo/seedDemoLineage.ts';
export { generateSyntheticMesh, type SyntheticMeshOptions } from './bench/syntheticMesh.ts';
export { preparePostgresBenchDatabase, postgresBenchDatabaseName } from './bench/postgresBenchDatabase.ts';
export { deletePostgresBenchGraph, measureCrawl, postgresBenchSource, writePostgresBenchMesh } from './bench/postgresBench.ts';
export { apiBenchSnapshot, deleteApiBenchGraph, runApiBench } from './bench/apiBench.ts';
export { deleteBenchAssets } from './bench/deleteBenchAssets.ts';
export { BENCH_ACCOUNT, withBenchToken } from './bench/benchToken.ts';
export { configuredPolicySet, enforcePolicies } from './governance.ts';
export { apiSettingsOf } from './serveApi.ts';
