import type { Migration } from './Migration.ts';

export const profiles: Migration = {
  id: '008-profiles',
  description: 'Column profiles keyed uniquely (the MERGE key of the latest profile per column, looked up by URN); profile runs likewise.',
  statements: [
    'CREATE CONSTRAINT columnprofile_urn IF NOT EXISTS FOR (n:ColumnProfile) REQUIRE n.urn IS UNIQUE',
    'CREATE CONSTRAINT profilerun_urn IF NOT EXISTS FOR (n:ProfileRun) REQUIRE n.urn IS UNIQUE',
  ],
};
