import type { Migration } from './Migration.ts';

export const incidents: Migration = {
  id: '004-incidents',
  description: 'Incidents raised by failing quality checks: a uniqueness constraint on their MERGE key.',
  statements: ['CREATE CONSTRAINT incident_urn IF NOT EXISTS FOR (n:Incident) REQUIRE n.urn IS UNIQUE'],
};
