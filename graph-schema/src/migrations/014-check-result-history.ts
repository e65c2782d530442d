import type { Migration } from './Migration.ts';

/**
 * A check's results are its history, kept for ever: one a run, 288 a day for a check every five
 * minutes. Reading the newest few (a dataset page), those of the trust window, or the newest that
 * judged (incidents) walked every RESULT_OF edge of the check and read and sorted every result, so
 * each read grew with each run (test/checkResultHistory.test.ts profiles them). Each result now names its check
 * (`checkUrn`, beside the RESULT_OF edge), and an index on (checkUrn, evaluatedAt) finds the newest
 * or a window's in order, however long the history.
 *
 * A result without a time (a dbt test that ran without timing, before its run's time was used for
 * it) takes the time it was written.
 */
export const checkResultHistory: Migration = {
  id: '014-check-result-history',
  description: 'Indexes check results by their check and time.',
  statements: [
    'CREATE INDEX checkresult_check_time IF NOT EXISTS FOR (r:CheckResult) ON (r.checkUrn, r.evaluatedAt)',
    `MATCH (r:CheckResult)-[:RESULT_OF]->(c:QualityCheck) WHERE r.checkUrn IS NULL OR r.evaluatedAt IS NULL
     CALL (r, c) { SET r.checkUrn = c.urn, r.evaluatedAt = coalesce(r.evaluatedAt, r.createdAt) } IN TRANSACTIONS OF 10000 ROWS`,
  ],
};
