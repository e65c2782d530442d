import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DatasetResolver } from './modules/dataset/dataset.resolver.ts';
import { SchemaFieldResolver } from './modules/dataset/field.resolver.ts';
import { LineageResolver } from './modules/lineage/lineage.resolver.ts';
import { SearchResolver } from './modules/search/search.resolver.ts';
import { EntityResolver } from './modules/entity/entity.resolver.ts';
import { SourcesResolver } from './modules/sources/sources.resolver.ts';
import { Domain } from './modules/domain/domain.type.ts';
import { DataProduct } from './modules/products/dataProduct.type.ts';
import { Job } from './modules/jobs/job.type.ts';
import { Source } from './modules/sources/source.type.ts';
import { GlossaryTerm } from './modules/glossary/glossaryTerm.type.ts';
import { AccessResolver } from './modules/access/access.resolver.ts';
import { AuditResolver } from './modules/audit/audit.resolver.ts';
import { EditsResolver } from './modules/edits/edits.resolver.ts';

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers. */
export function polderSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [EntityResolver, SourcesResolver, DatasetResolver, SchemaFieldResolver, LineageResolver, SearchResolver, AccessResolver, EditsResolver, AuditResolver],
    // Types reachable only through the Entity interface must be listed.
    orphanedTypes: [Domain, Source, DataProduct, Job, GlossaryTerm],
    validate: false,
  });
  return schema;
}
