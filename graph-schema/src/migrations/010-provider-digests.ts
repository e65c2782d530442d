import type { Migration } from './Migration.ts';

export const providerDigests: Migration = {
  id: '010-provider-digests',
  description: "Each provider's digest of its last full run, looked up by provider (crawlers/src/writer/providerDigest.ts).",
  statements: ['CREATE CONSTRAINT providerdigest_provider IF NOT EXISTS FOR (n:ProviderDigest) REQUIRE n.provider IS UNIQUE'],
};
