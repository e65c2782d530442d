/**
 * Builds search documents from the graph (the source of truth): one query per
 * kind of document, whatever the number of URNs. Each query also returns the
 * `places` that decide who may see the document (access/assetVisibility.ts):
 * a dataset's own, the datasets a job writes; none (the mesh) for the rest.
 */
import type { Driver } from 'neo4j-driver';
import { parseUrn } from '@polder/graph-schema';
import { identifierSuffixes, nameWordCount, searchDocumentId, tableColumns, type SearchDocument } from './searchDocument.ts';
import { glossarySynonyms } from './glossarySynonyms.ts';
import { otherNumberForms } from './otherNumberForms.ts';
import { audiencesOfAll, type AssetPlace } from '../access/assetVisibility.ts';
import { everyoneSeesTermAssignment } from '../access/maskedInCypher.ts';

/**
 * A glossary term as a sense (SearchDocument.termSenses): its name, and its domain's in brackets for a
 * domain glossary's term. Cypher on the term's variable, a fixed name, never input.
 */
function senseLabel(term: string): string {
  return `${term}.name + coalesce(' (' + COLLECT { MATCH (${term})-[:IN_DOMAIN]->(home:Domain) RETURN home.name }[0] + ')', '')`;
}

/**
 * When the asset bound to `n` last changed, for "recently updated": its crawl's time (`updatedAt`) or a
 * person's edit's (`editable_updatedAt`), whichever is later (ISO 8601 in UTC sorts as time does).
 * The search consistency check compares the same value.
 */
export const LAST_CHANGED = (n: string) => `CASE WHEN ${n}.editable_updatedAt > coalesce(${n}.updatedAt, '') THEN ${n}.editable_updatedAt ELSE ${n}.updatedAt END`;

/**
 * The glossary terms a dataset `d` carries, itself or through a column, as `t`. A removed column or
 * term keeps its edges for history (a soft delete), but its terms are carried no more: a term's
 * carriers leave such columns out (glossary.service.ts, carryingDatasetsOf), and a removed term's
 * name must leave the documents holding it (nameDependents.ts), its facet value and filter with it.
 * A restricted dataset's classified terms are masked values (access/maskedInCypher.ts), and a document
 * is read by all who see the dataset: they stay out of it, so even its domain finds them on its page only.
 */
const CARRIED_TERMS = `MATCH (d)-[:HAS_FIELD*0..1]->(x)-[:MEANS]->(t:GlossaryTerm) WHERE x.status = 'ACTIVE' AND t.status = 'ACTIVE' AND ${everyoneSeesTermAssignment('d', 't')}`;

/**
 * The tags a dataset `d` carries, its own and its active columns' (each once, its own first), as `tag`: as with
 * terms, the search's Tag filter finds the table whose column a person tagged, which a column's tag links to.
 */
const CARRIED_TAGS = `UNWIND coalesce(d.editable_tags, d.tags, []) AS tag RETURN tag
  UNION MATCH (d)-[:HAS_FIELD]->(f:Field) WHERE f.status = 'ACTIVE' UNWIND coalesce(f.editable_tags, f.tags, []) AS tag RETURN tag`;

// Constraints: dataset_urn, domain_urn (migration 001).
const DATASET_DOCUMENTS = `
UNWIND $urns AS urn
MATCH (d:Dataset {urn: urn}) WHERE d.status = 'ACTIVE' AND NOT ${describesACrawledTable('d')}
OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain)
OPTIONAL MATCH (d)-[:FROM_SOURCE]->(source:Source)
RETURN d.urn AS urn, 'DATASET' AS type, d.name AS name, d.qualifiedName AS qualifiedName,
       coalesce(d.editable_description, d.description) AS description, d.subtype AS subtype, d.platform AS platform,
       domain.id AS domainId, domain.name AS domain, source.id AS source,
       COLLECT { MATCH (d)-[:HAS_FIELD]->(f:Field) WHERE f.status = 'ACTIVE' RETURN f.name ORDER BY f.position } AS fieldNames,
       COLLECT { MATCH (d)-[:HAS_FIELD]->(f:Field) WHERE f.status = 'ACTIVE' AND coalesce(f.editable_description, f.description) IS NOT NULL
                 RETURN coalesce(f.editable_description, f.description) ORDER BY f.position } AS fieldDescriptions,
       COLLECT { ${CARRIED_TAGS} } AS tags,
       coalesce(d.editable_owners, d.owners, []) AS owners,
       COLLECT { ${CARRIED_TERMS} RETURN DISTINCT t.name } AS terms,
       COLLECT { ${CARRIED_TERMS} UNWIND coalesce(t.synonyms, []) + coalesce(t.acronyms, []) AS word RETURN DISTINCT word } AS termWords,
       COLLECT { ${CARRIED_TERMS} RETURN DISTINCT ${senseLabel('t')} } AS termSenses,
       coalesce(d.editable_certified, false) AS certified, EXISTS { (d)-[:PARTITION_OF]->(:Dataset) } AS partition,
       coalesce(d.trustScore, 0) AS trust, coalesce(d.popularity, 0) AS popularity,
       CASE WHEN d.deprecated = true OR 'deprecated' IN [tag IN coalesce(d.editable_tags, d.tags, []) | toLower(tag)] THEN 1 ELSE 0 END AS deprecated,
       d.status AS status, ${LAST_CHANGED('d')} AS updatedAt,
       [{domain: domain.id, domainVisibility: coalesce(domain.visibility, 'mesh'),
         publishedPort: EXISTS { MATCH (p:DataProduct)-[:EXPOSES]->(d) WHERE p.status = 'ACTIVE' }}] AS places`;

const DOMAIN_DOCUMENTS = `
UNWIND $urns AS urn
MATCH (d:Domain {urn: urn}) WHERE d.status = 'ACTIVE'
RETURN d.urn AS urn, 'DOMAIN' AS type, d.name AS name, d.id AS qualifiedName,
       coalesce(d.editable_description, d.description) AS description, toUpper(coalesce(d.visibility, 'mesh')) AS subtype, null AS platform,
       d.id AS domainId, d.name AS domain, null AS source, [] AS fieldNames, [] AS fieldDescriptions,
       [] AS tags, coalesce(d.editable_owners, []) AS owners, [] AS terms, [] AS termWords, [] AS termSenses, false AS certified, false AS partition, 0 AS trust, 0 AS popularity,
       0 AS deprecated,
       d.status AS status, ${LAST_CHANGED('d')} AS updatedAt, [] AS places`;

const DATA_PRODUCT_DOCUMENTS = `
UNWIND $urns AS urn
MATCH (p:DataProduct {urn: urn}) WHERE p.status = 'ACTIVE'
OPTIONAL MATCH (p)-[:IN_DOMAIN]->(domain:Domain)
RETURN p.urn AS urn, 'DATA_PRODUCT' AS type, p.name AS name, null AS qualifiedName,
       coalesce(p.editable_description, p.description) AS description, null AS subtype, null AS platform,
       domain.id AS domainId, domain.name AS domain, null AS source,
       COLLECT { MATCH (p)-[:EXPOSES]->(d:Dataset) WHERE d.status = 'ACTIVE' RETURN d.name } AS fieldNames, [] AS fieldDescriptions,
       coalesce(p.editable_tags, p.tags, []) AS tags, coalesce(p.editable_owners, p.owners, []) AS owners, [] AS terms, [] AS termWords, [] AS termSenses,
       coalesce(p.editable_certified, false) AS certified, false AS partition, coalesce(p.trustScore, 0) AS trust, coalesce(p.popularity, 0) AS popularity,
       CASE WHEN 'deprecated' IN [tag IN coalesce(p.editable_tags, p.tags, []) | toLower(tag)] THEN 1 ELSE 0 END AS deprecated,
       p.status AS status, ${LAST_CHANGED('p')} AS updatedAt, [] AS places`;

const JOB_DOCUMENTS = `
UNWIND $urns AS urn
MATCH (j:Job {urn: urn}) WHERE j.status = 'ACTIVE'
RETURN j.urn AS urn, 'JOB' AS type, j.name AS name, j.namespace + '.' + j.name AS qualifiedName,
       j.description AS description, null AS subtype, 'openlineage' AS platform,
       null AS domainId, null AS domain, j.namespace AS source,
       // The names of what it writes (who sees the job sees those), and of what it reads that the whole mesh sees: a
       // private domain's dataset read by a job of another domain must not be found through that job.
       COLLECT { MATCH (j)-[r:READS|WRITES]->(d:Dataset) WHERE d.status = 'ACTIVE'
                   AND (type(r) = 'WRITES' OR NOT EXISTS { (d)-[:IN_DOMAIN]->(:Domain {visibility: 'private'}) } OR EXISTS { MATCH (p:DataProduct)-[:EXPOSES]->(d) WHERE p.status = 'ACTIVE' })
                 RETURN DISTINCT d.name } AS fieldNames, [] AS fieldDescriptions,
       [] AS tags, [] AS owners, [] AS terms, [] AS termWords, [] AS termSenses, false AS certified, false AS partition, 0 AS trust, 0 AS popularity,
       0 AS deprecated,
       j.status AS status, ${LAST_CHANGED('j')} AS updatedAt,
       COLLECT { MATCH (j)-[:WRITES]->(w:Dataset)-[:IN_DOMAIN]->(home:Domain)
                 RETURN {domain: home.id, domainVisibility: coalesce(home.visibility, 'mesh'),
                         publishedPort: EXISTS { MATCH (p:DataProduct)-[:EXPOSES]->(w) WHERE p.status = 'ACTIVE' }} AS place } AS places`;

// A term is found by its name, synonyms and acronyms (as its "columns"), and its definition.
// Constraint: glossaryterm_urn (migration 001).
const GLOSSARY_TERM_DOCUMENTS = `
UNWIND $urns AS urn
MATCH (t:GlossaryTerm {urn: urn}) WHERE t.status = 'ACTIVE'
OPTIONAL MATCH (t)-[:IN_DOMAIN]->(domain:Domain)
RETURN t.urn AS urn, 'GLOSSARY_TERM' AS type, t.name AS name, null AS qualifiedName,
       t.definition AS description, coalesce(t.termStatus, 'DRAFT') AS subtype, null AS platform,
       domain.id AS domainId, domain.name AS domain, coalesce(t.glossary, 'enterprise') AS source,
       coalesce(t.synonyms, []) + coalesce(t.acronyms, []) AS fieldNames, [] AS fieldDescriptions,
       coalesce(t.classifications, []) AS tags, coalesce(t.owners, []) AS owners, [t.name] AS terms, [] AS termWords, [${senseLabel('t')}] AS termSenses,
       t.termStatus = 'APPROVED' AS certified, false AS partition, 0 AS trust, 0 AS popularity,
       CASE WHEN t.termStatus = 'DEPRECATED' THEN 1 ELSE 0 END AS deprecated,
       t.status AS status, ${LAST_CHANGED('t')} AS updatedAt, [] AS places`;

// A polyseme is found by its label and its senses (their names and definitions): "which meaning?".
// Constraint: polyseme_urn (migration 001).
const POLYSEME_DOCUMENTS = `
UNWIND $urns AS urn
MATCH (p:Polyseme {urn: urn}) WHERE p.status = 'ACTIVE'
RETURN p.urn AS urn, 'POLYSEME' AS type, p.label AS name, null AS qualifiedName,
       p.description AS description, p.polysemeStatus AS subtype, null AS platform,
       null AS domainId, null AS domain, null AS source,
       COLLECT { MATCH (p)-[:HAS_SENSE]->(t:GlossaryTerm) RETURN t.glossary + ': ' + t.name ORDER BY t.glossary } AS fieldNames,
       COLLECT { MATCH (p)-[:HAS_SENSE]->(t:GlossaryTerm) WHERE t.definition IS NOT NULL RETURN t.definition ORDER BY t.glossary } AS fieldDescriptions,
       [] AS tags, [] AS owners, COLLECT { MATCH (p)-[:HAS_SENSE]->(t:GlossaryTerm) RETURN DISTINCT t.name } AS terms, [] AS termWords,
       COLLECT { MATCH (p)-[:HAS_SENSE]->(t:GlossaryTerm) RETURN DISTINCT ${senseLabel('t')} } AS termSenses,
       p.polysemeStatus = 'APPROVED' AS certified, false AS partition, 0 AS trust, 0 AS popularity,
       0 AS deprecated,
       p.status AS status, ${LAST_CHANGED('p')} AS updatedAt, [] AS places`;

/**
 * A data contract's schema object once linked to the crawled table it describes (DESCRIBES, see
 * crawlers/src/sources/contract/linkContractDatasets.ts) has no document of its own: the table is
 * the hit (its product lists it), so a search shows one `rental_order`, not the promise beside it.
 * A Cypher predicate on the variable named; the name is fixed text, never input.
 *
 * The described node has no label in the pattern on purpose (DESCRIBES only ever points at a
 * dataset): with `(:Dataset {status: 'ACTIVE'})` a plan made while the graph was nearly empty scanned
 * the dataset_status index for every document, and the first batch after a big crawl took minutes.
 * Without a label there is nothing to start from but the node's own edges. (That index is gone since,
 * migration 011.)
 */
function describesACrawledTable(node: string): string {
  return `EXISTS { (${node})-[:DESCRIBES]->(described) WHERE described.status = 'ACTIVE' }`;
}

/** The nodes that have a search document of their own, as a Cypher predicate on `n`. */
export const SEARCHABLE_NODE = `(n:Dataset OR n:Domain OR n:DataProduct OR n:Job OR n:GlossaryTerm OR n:Polyseme) AND n.status = 'ACTIVE' AND NOT ${describesACrawledTable('n')}`;

const QUERIES: Record<string, string> = {
  dataset: DATASET_DOCUMENTS,
  domain: DOMAIN_DOCUMENTS,
  dataProduct: DATA_PRODUCT_DOCUMENTS,
  job: JOB_DOCUMENTS,
  glossaryTerm: GLOSSARY_TERM_DOCUMENTS,
  polyseme: POLYSEME_DOCUMENTS,
};

/**
 * Meilisearch synonyms from the approved terms of the enterprise glossary (see glossarySynonyms).
 * Only the enterprise glossary's: its terms mean the same everywhere. A domain glossary's synonyms
 * hold in that domain only (finance's "Customer account" is its "customer", rentals' "Customer" is
 * a renter): as index synonyms they would make every domain's "customer" mean all of them, which is
 * what polysemes exist to keep apart. They find the assets carrying their term instead (`termWords`).
 */
export async function loadGlossarySynonyms(driver: Driver, database?: string): Promise<Record<string, string[]>> {
  const { records } = await driver.executeQuery(
    // Index: glossaryterm_glossary (migration 005).
    `MATCH (t:GlossaryTerm {glossary: 'enterprise'}) WHERE t.status = 'ACTIVE' AND t.termStatus = 'APPROVED'
     RETURN t.name AS name, coalesce(t.synonyms, []) AS synonyms, coalesce(t.acronyms, []) AS acronyms`,
    {},
    { database, routing: 'READ' },
  );
  return glossarySynonyms(records.map((record) => record.toObject() as { name: string; synonyms: string[]; acronyms: string[] }));
}

/**
 * Documents for the given URNs. A URN with no active asset behind it (removed,
 * deleted, or of a kind not searched yet) is returned in `absent`, to be deleted from the index.
 */
export async function loadSearchDocuments(
  driver: Driver,
  urns: string[],
  database?: string,
): Promise<{ documents: SearchDocument[]; absent: string[] }> {
  const byType = new Map<string, string[]>();
  for (const urn of urns) {
    const type = parseUrn(urn).type;
    byType.set(type, [...(byType.get(type) ?? []), urn]);
  }
  const documents: SearchDocument[] = [];
  for (const [type, group] of byType) {
    const query = QUERIES[type];
    if (!query) continue;
    const { records } = await driver.executeQuery(query, { urns: group }, { database, routing: 'READ' });
    for (const record of records) {
      const { places, ...document } = record.toObject() as Omit<SearchDocument, 'id' | 'identifiers' | 'nameForms' | 'tableColumns' | 'nameWords' | 'visibleTo'> & { places: AssetPlace[] };
      documents.push({
        id: searchDocumentId(document.urn),
        ...document,
        identifiers: identifierSuffixes(document.qualifiedName),
        nameForms: otherNumberForms(document.name ?? ''),
        tableColumns: tableColumns(document.type, document.name, document.fieldNames),
        nameWords: nameWordCount(document.name ?? ''),
        visibleTo: audiencesOfAll(places),
      });
    }
  }
  const found = new Set(documents.map((document) => document.urn));
  return { documents, absent: urns.filter((urn) => !found.has(urn)) };
}

/** Every searchable URN in the graph, for a full reindex. */
export async function listSearchableUrns(driver: Driver, database?: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE ${SEARCHABLE_NODE} RETURN n.urn AS urn`,
    {},
    { database, routing: 'READ' },
  );
  return records.map((record) => record.get('urn') as string);
}
