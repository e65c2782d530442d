import type { Migration } from './Migration.ts';

export const policySetRejections: Migration = {
  id: '015-policy-set-rejections',
  description: "The last refusal of polder.yaml's policy set, one per config, for the API to show (api/src/modules/governance/policySetRejection.ts).",
  statements: ['CREATE CONSTRAINT policysetrejection_config IF NOT EXISTS FOR (n:PolicySetRejection) REQUIRE n.config IS UNIQUE'],
};
