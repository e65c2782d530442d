import type { Migration } from './Migration.ts';

// Frozen here rather than read from LABELS: a label added later gets its own migration.
const KEYED_BY_URN = [
  'Entity', 'Domain', 'DataProduct', 'Source', 'Dataset', 'Field', 'Job', 'Run', 'GlossaryTerm',
  'Polyseme', 'Person', 'Team', 'QualityCheck', 'CheckResult', 'Policy', 'PolicyFinding', 'Change',
  // Bookkeeping: one pending search update per document.
  'IndexOutbox',
];

export const uniquenessConstraints: Migration = {
  id: '001-uniqueness-constraints',
  description: 'A uniqueness constraint on every MERGE key: urn for assets, id for runs and migrations.',
  statements: [
    ...KEYED_BY_URN.map(
      (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_urn IF NOT EXISTS FOR (n:${label}) REQUIRE n.urn IS UNIQUE`,
    ),
    'CREATE CONSTRAINT crawlrun_id IF NOT EXISTS FOR (n:CrawlRun) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE',
  ],
};
