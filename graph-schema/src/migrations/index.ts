import type { Migration } from './Migration.ts';
import { uniquenessConstraints } from './001-uniqueness-constraints.ts';
import { lookupIndexes } from './002-lookup-indexes.ts';
import { accessAndAudit } from './003-access-and-audit.ts';
import { incidents } from './004-incidents.ts';
import { glossary } from './005-glossary.ts';
import { trust } from './006-trust.ts';
import { governance } from './007-governance.ts';
import { profiles } from './008-profiles.ts';
import { usage } from './009-usage.ts';
import { providerDigests } from './010-provider-digests.ts';
import { dropDatasetStatusIndex } from './011-drop-dataset-status-index.ts';
import { ownReadsPerSession } from './012-own-reads-per-session.ts';
import { polysemeLabelKey } from './013-polyseme-label-key.ts';
import { checkResultHistory } from './014-check-result-history.ts';
import { policySetRejections } from './015-policy-set-rejections.ts';

export type { Migration } from './Migration.ts';
export { applyMigrations, runMigrationStatements, type MigrationReport } from './applyMigrations.ts';

/** Every migration, in the order it is applied. Append only. */
export const MIGRATIONS: readonly Migration[] = [uniquenessConstraints, lookupIndexes, accessAndAudit, incidents, glossary, trust, governance, profiles, usage, providerDigests, dropDatasetStatusIndex, ownReadsPerSession, polysemeLabelKey, checkResultHistory, policySetRejections];
