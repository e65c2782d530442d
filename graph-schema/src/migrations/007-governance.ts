import type { Migration } from './Migration.ts';

export const governance: Migration = {
  id: '007-governance',
  description: 'The policy outbox keyed uniquely and drained oldest first; policy findings found by asset, policy and domain.',
  statements: [
    'CREATE CONSTRAINT policyoutbox_urn IF NOT EXISTS FOR (n:PolicyOutbox) REQUIRE n.urn IS UNIQUE',
    'CREATE INDEX policy_outbox_enqueued IF NOT EXISTS FOR (n:PolicyOutbox) ON (n.enqueuedAt)',
    // At most one open finding per policy and asset, even when two evaluations race: the MERGE key, removed on resolution.
    'CREATE CONSTRAINT policyfinding_openkey IF NOT EXISTS FOR (n:PolicyFinding) REQUIRE n.openKey IS UNIQUE',
    // An asset's open findings are looked up on every evaluation of it; a policy's and a domain's for compliance.
    'CREATE INDEX policyfinding_asset IF NOT EXISTS FOR (n:PolicyFinding) ON (n.assetUrn, n.state)',
    'CREATE INDEX policyfinding_policy IF NOT EXISTS FOR (n:PolicyFinding) ON (n.policyId, n.state)',
    'CREATE INDEX policyfinding_domain IF NOT EXISTS FOR (n:PolicyFinding) ON (n.domain, n.openedAt)',
  ],
};
