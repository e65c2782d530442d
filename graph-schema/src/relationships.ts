/**
 * Relationship types, declared as pairs that read as English in both directions.
 *
 * Naming rule: the stored type reads from the start node to the end node
 * (`(Dataset)-[:IN_DOMAIN]->(Domain)`: "dataset in domain"); `inverse` is how the
 * API names the walk back ("domain hasDataset"). Only these types are ever
 * written, and they are the only relationship names spliced into Cypher.
 *
 * Access bookkeeping, which is not part of the catalog, has two more, written
 * as literals by the API's access service: `(ApiToken)-[:ISSUED_TO]->(Account)`
 * and `(Session)-[:SESSION_OF]->(Account)` (see access/).
 */
import type { Label } from './labels/index.ts';

export interface RelationshipDefinition<Type extends string = string> {
  type: Type;
  from: readonly Label[];
  to: readonly Label[];
  /** camelCase name of the forward walk, e.g. `inDomain`. */
  forward: string;
  /** camelCase name of the walk back, e.g. `hasAsset`. */
  inverse: string;
  description: string;
}

function relationship<const Type extends string>(definition: RelationshipDefinition<Type>): RelationshipDefinition<Type> {
  return definition;
}

export const RELATIONSHIPS = [
  relationship({ type: 'IN_DOMAIN', from: ['Dataset', 'DataProduct', 'Source', 'GlossaryTerm', 'Team'], to: ['Domain'], forward: 'inDomain', inverse: 'hasAsset', description: 'The domain that owns the asset, or that a team works for.' }),
  relationship({ type: 'FROM_SOURCE', from: ['Dataset'], to: ['Source'], forward: 'fromSource', inverse: 'provides', description: 'The crawled store the dataset was read from.' }),
  relationship({ type: 'PARTITION_OF', from: ['Dataset'], to: ['Dataset'], forward: 'partitionOf', inverse: 'partitions', description: "A partition of the partitioned table: its rows are part of the table's (PostgreSQL's declarative partitioning)." }),
  relationship({ type: 'HAS_FIELD', from: ['Dataset'], to: ['Field'], forward: 'hasField', inverse: 'fieldOf', description: 'A column of the dataset.' }),
  relationship({ type: 'REFERENCES', from: ['Field'], to: ['Field'], forward: 'references', inverse: 'referencedBy', description: 'A foreign key: this column references that one.' }),
  relationship({ type: 'DERIVES_FROM', from: ['Dataset', 'Field'], to: ['Dataset', 'Field'], forward: 'derivesFrom', inverse: 'feeds', description: 'Lineage: the start is computed from the end (properties: job, transformation, confidence).' }),
  relationship({ type: 'EXPOSES', from: ['DataProduct'], to: ['Dataset'], forward: 'exposes', inverse: 'exposedBy', description: 'An output port of the data product.' }),
  relationship({ type: 'CONSUMES', from: ['DataProduct'], to: ['Dataset'], forward: 'consumes', inverse: 'consumedBy', description: 'An input port of the data product.' }),
  // Written by the contract linker after each crawl (crawlers/src/sources/contract/linkContractDatasets.ts), never by a source.
  relationship({ type: 'DESCRIBES', from: ['Dataset'], to: ['Dataset'], forward: 'describes', inverse: 'describedBy', description: 'A schema object of a data contract describes this crawled table: the same platform, database, schema and name.' }),
  relationship({ type: 'MEANS', from: ['Dataset', 'Field'], to: ['GlossaryTerm'], forward: 'means', inverse: 'meaningOf', description: 'The asset carries this business term.' }),
  relationship({ type: 'HAS_SENSE', from: ['Polyseme'], to: ['GlossaryTerm'], forward: 'hasSense', inverse: 'senseOf', description: 'One domain-scoped meaning of the polyseme.' }),
  relationship({ type: 'MAPS_TO', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'mapsTo', inverse: 'mappedFrom', description: 'A mapping between senses (kind: same-as, broader, narrower, overlaps; rule: the join that correlates them).' }),
  relationship({ type: 'OWNED_BY', from: ['Dataset', 'DataProduct', 'Domain', 'GlossaryTerm'], to: ['Person', 'Team'], forward: 'ownedBy', inverse: 'ownerOf', description: 'Who answers for the asset.' }),
  relationship({ type: 'RUN_OF', from: ['Run'], to: ['Job'], forward: 'runOf', inverse: 'hasRun', description: 'An execution of the job.' }),
  relationship({ type: 'READS', from: ['Job'], to: ['Dataset'], forward: 'reads', inverse: 'readBy', description: 'An input of the job.' }),
  relationship({ type: 'WRITES', from: ['Job'], to: ['Dataset'], forward: 'writes', inverse: 'writtenBy', description: 'An output of the job.' }),
  relationship({ type: 'CHECKS', from: ['QualityCheck'], to: ['Dataset', 'Field'], forward: 'checks', inverse: 'checkedBy', description: 'The asset a quality check is about.' }),
  relationship({ type: 'RESULT_OF', from: ['CheckResult'], to: ['QualityCheck'], forward: 'resultOf', inverse: 'hasResult', description: 'An outcome of the check.' }),
  relationship({ type: 'FINDING_OF', from: ['PolicyFinding'], to: ['Policy'], forward: 'findingOf', inverse: 'hasFinding', description: 'A finding of the policy.' }),
  relationship({ type: 'ABOUT', from: ['PolicyFinding', 'Change', 'Incident'], to: ['Source', 'Dataset', 'Field', 'DataProduct', 'Domain', 'GlossaryTerm', 'Polyseme'], forward: 'about', inverse: 'hasRecord', description: 'The asset a finding, an audit entry or an incident is about.' }),
  // Column profiling (crawlers/src/profiling/): a profile run per dataset and run (history), the latest profile per column.
  relationship({ type: 'PROFILES', from: ['ProfileRun', 'ColumnProfile'], to: ['Dataset', 'Field'], forward: 'profiles', inverse: 'profiledBy', description: 'A profile run of the dataset, or the latest profile of the column.' }),
  relationship({ type: 'RAISED_BY', from: ['Incident'], to: ['QualityCheck'], forward: 'raisedBy', inverse: 'raised', description: 'The quality check whose failures opened the incident.' }),
  // The glossary: hierarchy, typed relations between terms (each stored once, walked both ways by the API;
  // properties: provenance MANUAL | IMPORTED | INFERRED, relationStatus, createdBy, createdAt), polyseme identity
  // fields and rule-made suggestions.
  relationship({ type: 'CHILD_OF', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'parent', inverse: 'children', description: 'Term hierarchy: the term is grouped under that one.' }),
  relationship({ type: 'IS_A', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'isA', inverse: 'hasKinds', description: 'The term is a kind of that one.' }),
  relationship({ type: 'HAS_A', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'hasA', inverse: 'partOf', description: 'The term has that one as a part.' }),
  relationship({ type: 'RELATED_TO', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'relatedTo', inverse: 'relatedTo', description: 'Symmetric: the terms are related.' }),
  relationship({ type: 'REPLACED_BY', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'replacedBy', inverse: 'replaces', description: 'The (deprecated) term is replaced by that one.' }),
  relationship({ type: 'ANTONYM', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'antonyms', inverse: 'antonyms', description: 'Symmetric: the terms mean the opposite.' }),
  relationship({ type: 'SEE_ALSO', from: ['GlossaryTerm'], to: ['GlossaryTerm'], forward: 'seeAlso', inverse: 'seenFrom', description: 'A reader of the term may want to see that one too.' }),
  relationship({ type: 'IDENTIFIED_BY', from: ['GlossaryTerm'], to: ['Field'], forward: 'identityFields', inverse: 'identifies', description: 'A sense is identified by these columns in its domain (e.g. rentals customer by customer_id, email).' }),
  relationship({ type: 'SUGGESTS', from: ['Suggestion'], to: ['GlossaryTerm'], forward: 'suggests', inverse: 'suggestedBy', description: 'The term a rule proposes.' }),
  relationship({ type: 'SUGGESTED_FOR', from: ['Suggestion'], to: ['Dataset', 'Field'], forward: 'suggestedFor', inverse: 'hasSuggestion', description: 'The asset the term is proposed for.' }),
  relationship({ type: 'MEMBER_OF', from: ['Person'], to: ['Team'], forward: 'memberOf', inverse: 'hasMember', description: 'Team membership.' }),
] as const;

export type RelationshipType = (typeof RELATIONSHIPS)[number]['type'];

export function isRelationshipType(name: string): name is RelationshipType {
  return RELATIONSHIPS.some((definition) => definition.type === name);
}
