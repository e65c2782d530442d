import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { DatasetListResolver, DatasetResolver } from './modules/dataset/dataset.resolver.ts';
import { SchemaFieldResolver } from './modules/dataset/field.resolver.ts';
import { LineageEdgeResolver, LineageNodeResolver, LineageResolver } from './modules/lineage/lineage.resolver.ts';
import { SearchHitResolver, SearchResolver } from './modules/search/search.resolver.ts';
import { TagUsageResolver } from './modules/search/tagUsage.resolver.ts';
import { EntityResolver } from './modules/entity/entity.resolver.ts';
import { entityTypeName } from './modules/entity/entity.type.ts';
import { SourcesResolver } from './modules/sources/sources.resolver.ts';
import { Domain } from './modules/domain/domain.type.ts';
import { DataProduct } from './modules/products/dataProduct.type.ts';
import { Job } from './modules/jobs/job.type.ts';
import { Source } from './modules/sources/source.type.ts';
import { GlossaryTerm } from './modules/glossary/glossaryTerm.type.ts';
import { AccessResolver } from './modules/access/access.resolver.ts';
import { AuditResolver, ChangeFieldsResolver } from './modules/audit/audit.resolver.ts';
import { DatasetChangesResolver } from './modules/audit/datasetChanges.resolver.ts';
import { DatasetRunsResolver, JobResolver } from './modules/jobs/runs.resolver.ts';
import { EditsResolver } from './modules/edits/edits.resolver.ts';
import { GlossaryFieldsResolver, GlossaryResolver, GlossaryTermResolver, TermVersionResolver } from './modules/glossary/glossary.resolver.ts';
import { FieldGlossaryResolver } from './modules/glossary/fieldGlossary.resolver.ts';
import { GlossaryTransferResolver } from './modules/glossary/glossaryTransfer.resolver.ts';
import { TermSuggestionResolver } from './modules/glossary/suggestion.resolver.ts';
import { PolysemeResolver, SenseResolver } from './modules/glossary/polyseme.resolver.ts';
import { CheckResultResolver, QualityCheckResolver } from './modules/quality/qualityCheck.resolver.ts';
import { IncidentResolver } from './modules/quality/incident.resolver.ts';
import { DatasetQualityResolver, FieldQualityResolver } from './modules/quality/assetQuality.resolver.ts';
import { DataProductTrustResolver, DatasetTrustResolver } from './modules/trust/trust.resolver.ts';
import { FieldProfileResolver } from './modules/profiling/profile.resolver.ts';
import { DatasetUsageResolver } from './modules/usage/usage.resolver.ts';
import { DomainResolver } from './modules/domain/domain.resolver.ts';
import { DataProductResolver } from './modules/products/dataProduct.resolver.ts';
import { DatasetProductsResolver } from './modules/products/datasetProducts.resolver.ts';
import { ContractMatchResolver } from './modules/products/contractMatch.resolver.ts';
import { OwnerIdentityResolver, PersonResolver, TeamResolver } from './modules/people/people.resolver.ts';
import { LimitsResolver } from './limits/limits.resolver.ts';
import {
  ComplianceResolver,
  DataProductComplianceResolver,
  DatasetFindingsResolver,
  DomainComplianceResolver,
  DomainComplianceTrendResolver,
  GovernanceResolver,
  PolicyFindingResolver,
} from './modules/governance/governance.resolver.ts';

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers. */
export function polderSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [EntityResolver, SourcesResolver, DatasetListResolver, DatasetResolver, SchemaFieldResolver, LineageResolver, LineageNodeResolver, LineageEdgeResolver, SearchResolver, SearchHitResolver, TagUsageResolver, AccessResolver, EditsResolver, AuditResolver, ChangeFieldsResolver, DatasetChangesResolver, DatasetRunsResolver, JobResolver,
      QualityCheckResolver, CheckResultResolver, IncidentResolver, DatasetQualityResolver, FieldQualityResolver, DatasetTrustResolver, DataProductTrustResolver, FieldProfileResolver, DatasetUsageResolver,
      GlossaryResolver, GlossaryFieldsResolver, GlossaryTermResolver, TermVersionResolver, FieldGlossaryResolver, GlossaryTransferResolver, TermSuggestionResolver, PolysemeResolver, SenseResolver,
      PersonResolver, TeamResolver, OwnerIdentityResolver,
      DomainResolver, DataProductResolver, DatasetProductsResolver, ContractMatchResolver,
      GovernanceResolver, ComplianceResolver, LimitsResolver, PolicyFindingResolver, DomainComplianceResolver, DomainComplianceTrendResolver, DataProductComplianceResolver, DatasetFindingsResolver],
    // Types reachable only through the Entity interface must be listed.
    orphanedTypes: [Domain, Source, DataProduct, Job, GlossaryTerm],
    validate: false,
  }).then((built) => {
    // type-graphql hands graphql-js an async wrapper of `entityTypeName`; graphql-jit (graphql/compiledExecution.ts)
    // takes an abstract type's answer as it comes, so the interface gets the synchronous function itself.
    (built.getType('Entity') as GraphQLInterfaceType).resolveType = entityTypeName;
    return built;
  });
  return schema;
}
