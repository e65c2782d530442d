import type { Migration } from './Migration.ts';

export const trust: Migration = {
  id: '006-trust',
  description: 'The trust outbox keyed uniquely and drained oldest first; trust score history found by asset and time.',
  statements: [
    'CREATE CONSTRAINT trustoutbox_urn IF NOT EXISTS FOR (n:TrustOutbox) REQUIRE n.urn IS UNIQUE',
    'CREATE INDEX trust_outbox_enqueued IF NOT EXISTS FOR (n:TrustOutbox) ON (n.enqueuedAt)',
    // An asset's score history is read newest first.
    'CREATE INDEX trustscore_subject IF NOT EXISTS FOR (n:TrustScore) ON (n.subjectUrn, n.computedAt)',
  ],
};
