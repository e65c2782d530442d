import type { Migration } from './Migration.ts';

export const accessAndAudit: Migration = {
  id: '003-access-and-audit',
  description: 'Accounts, API tokens and sessions keyed uniquely; audit entries found by time.',
  statements: [
    'CREATE CONSTRAINT account_username IF NOT EXISTS FOR (n:Account) REQUIRE n.username IS UNIQUE',
    'CREATE CONSTRAINT apitoken_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT apitoken_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.tokenHash IS UNIQUE',
    'CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE',
    // An asset's history is read newest first.
    'CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at)',
  ],
};
