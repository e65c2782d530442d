/**
 * Reads the facts policies are judged on (PolicyFacts.ts) for a batch of
 * datasets (with their columns) and data products: one query per kind, whatever
 * the batch size. Removed assets are read too: a policy may target them ("no
 * removed dataset is still an output port").
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { CERTIFICATION_PROJECTION, certificationState } from '../trust/certificationState.ts';
import { toNumber } from '../trust/neo4jValues.ts';
import type { AssetFacts, ProductRef, TermFact } from './PolicyFacts.ts';
import { ownerEntries } from '../people/ownership.ts';
import { conformanceOf, crawledColumnInCypher, describingContractsInCypher, type DescribingContractRow } from '../dataset/describingContracts.ts';

const TERMS = `t {.urn, .name, termStatus: coalesce(t.termStatus, 'DRAFT'), synonyms: coalesce(t.synonyms, []), classifications: coalesce(t.classifications, [])}`;

// Constraint: dataset_urn (migration 001).
const READ_DATASETS = `
UNWIND $urns AS urn
MATCH (d:Dataset {urn: urn})
RETURN d.urn AS urn, coalesce(d.qualifiedName, d.name, d.urn) AS name, d.status AS status,
       COLLECT { MATCH (d)-[:IN_DOMAIN]->(domain:Domain) RETURN domain.id LIMIT 1 }[0] AS domain,
       // A contract object linked to the crawled table it describes is that table's promise, not a port of its own (as for trust).
       [(p:DataProduct)-[:EXPOSES]->(d) WHERE p.status = 'ACTIVE' AND NOT EXISTS { (d)-[:DESCRIBES]->(:Dataset)<-[:EXPOSES]-(p) }
          | p {.urn, .id, name: coalesce(p.name, p.id, p.urn), .freshnessSloSeconds}] AS products,
       coalesce(d.editable_description, d.description) AS description,
       ${ownerEntries('d')} + [(d)-[:OWNED_BY]->(o) | coalesce(o.name, o.urn)] AS owners,
       coalesce(d.editable_tags, d.tags, []) AS tags,
       [(d)-[:MEANS]->(t:GlossaryTerm) | ${TERMS}] AS terms,
       coalesce(d.editable_restricted, false) AS restricted,
       [(c:QualityCheck)-[:CHECKS]->(d) WHERE c.status = 'ACTIVE' | c {.urn, freshness: c.kind = 'freshness' OR c.metric = 'freshness'}] AS checks,
       d ${CERTIFICATION_PROJECTION} AS certification,
       d.trustScore AS trustScore,
       [(d)-[:HAS_FIELD]->(f:Field) | f {.urn, .name, .status,
          description: coalesce(f.editable_description, f.description),
          tags: coalesce(f.editable_tags, f.tags, []),
          classifications: coalesce(f.editable_classifications, CASE WHEN f.classification IS NULL THEN [] ELSE [f.classification] END),
          terms: [(f)-[:MEANS]->(t:GlossaryTerm) | ${TERMS}]}] AS fields,
       // The data contracts describing a crawled table, and its columns to judge them against (only then).
       d.platform AS platform, d.subtype AS subtype,
       ${describingContractsInCypher('d')} AS contracts,
       CASE WHEN EXISTS { (:Dataset)-[:DESCRIBES]->(d) } THEN [(d)-[:HAS_FIELD]->(x:Field) WHERE x.status = 'ACTIVE' | ${crawledColumnInCypher('x')}] ELSE [] END AS columns`;

// Constraint: dataproduct_urn (migration 001).
const READ_PRODUCTS = `
UNWIND $urns AS urn
MATCH (p:DataProduct {urn: urn})
RETURN p.urn AS urn, p.id AS id, coalesce(p.name, p.id, p.urn) AS name, p.status AS status,
       COLLECT { MATCH (p)-[:IN_DOMAIN]->(domain:Domain) RETURN domain.id LIMIT 1 }[0] AS domain,
       coalesce(p.editable_description, p.description) AS description,
       coalesce(p.editable_owners, p.owners, []) + [(p)-[:OWNED_BY]->(o) | coalesce(o.name, o.urn)] AS owners,
       coalesce(p.editable_tags, p.tags, []) AS tags,
       p.freshnessSloSeconds AS freshnessSloSeconds,
       p ${CERTIFICATION_PROJECTION} AS certification,
       p.trustScore AS trustScore,
       COUNT { (p)-[:EXPOSES]->(d:Dataset) WHERE d.status = 'ACTIVE' } AS outputPorts`;

interface FieldRow {
  urn: string;
  name: string;
  status: string;
  description: string | null;
  tags: string[];
  classifications: string[];
  terms: TermFact[];
}

export async function readPolicyFacts(tx: ManagedTransaction, datasetUrns: string[], productUrns: string[], now: Date): Promise<AssetFacts[]> {
  const facts: AssetFacts[] = [];
  if (datasetUrns.length > 0) {
    const { records } = await tx.run(READ_DATASETS, { urns: datasetUrns });
    for (const record of records) {
      const products = (record.get('products') as Array<ProductRef & { freshnessSloSeconds: unknown }>).sort((a, b) => a.urn.localeCompare(b.urn));
      // A column is classified as a person or its source said, and as the glossary terms it carries are (PII from "Email address").
      const fields = (record.get('fields') as FieldRow[])
        .map((field) => ({ ...field, classifications: [...new Set([...field.classifications, ...field.terms.flatMap((term) => term.classifications)])] }))
        .sort((a, b) => a.urn.localeCompare(b.urn));
      const checks = record.get('checks') as Array<{ urn: string; freshness: boolean }>;
      const sloProduct = products.find((product) => product.freshnessSloSeconds !== null && product.freshnessSloSeconds !== undefined);
      const freshnessCheck = checks.find((check) => check.freshness);
      const dataset: AssetFacts = {
        urn: record.get('urn'),
        type: 'dataset',
        name: record.get('name'),
        status: record.get('status'),
        domain: record.get('domain') ?? null,
        products: products.map(({ urn, id, name }) => ({ urn, id: id ?? null, name })),
        outputPort: products.length > 0,
        description: record.get('description'),
        owners: [...new Set(record.get('owners') as string[])],
        tags: record.get('tags'),
        classifications: [...new Set(fields.filter((field) => field.status === 'ACTIVE').flatMap((field) => field.classifications))],
        terms: uniqueTerms([...(record.get('terms') as TermFact[]), ...fields.filter((field) => field.status === 'ACTIVE').flatMap((field) => field.terms)]),
        restricted: record.get('restricted') === true,
        freshnessSlo: sloProduct
          ? { seconds: toNumber(sloProduct.freshnessSloSeconds), declaredBy: sloProduct.urn }
          : freshnessCheck
            ? { seconds: null, declaredBy: freshnessCheck.urn }
            : null,
        certified: isCertified(record.get('certification'), now),
        trustScore: toNumber(record.get('trustScore')),
        qualityChecks: checks.length,
        outputPorts: 0,
        contracts: conformanceOf(record.get('contracts') as DescribingContractRow[], { platform: record.get('platform'), subtype: record.get('subtype'), columns: record.get('columns') }).map(
          ({ promise, problems }) => ({ promise: { urn: String(promise.urn), name: String(promise.name ?? promise.urn) }, problems }),
        ),
      };
      facts.push(dataset);
      for (const field of fields) {
        facts.push({
          ...dataset,
          urn: field.urn,
          type: 'field',
          name: `${dataset.name}.${field.name}`,
          // A column of a removed dataset is gone with it.
          status: dataset.status === 'ACTIVE' ? field.status : dataset.status,
          description: field.description,
          owners: [],
          tags: field.tags,
          classifications: field.classifications,
          terms: uniqueTerms(field.terms),
          freshnessSlo: null,
          certified: false,
          trustScore: null,
          qualityChecks: 0,
          contracts: [],
        });
      }
    }
  }
  if (productUrns.length > 0) {
    const { records } = await tx.run(READ_PRODUCTS, { urns: productUrns });
    for (const record of records) {
      const urn = record.get('urn') as string;
      const seconds = toNumber(record.get('freshnessSloSeconds'));
      facts.push({
        urn,
        type: 'dataProduct',
        name: record.get('name'),
        status: record.get('status'),
        domain: record.get('domain') ?? null,
        products: [{ urn, id: record.get('id') ?? null, name: record.get('name') }],
        outputPort: false,
        description: record.get('description'),
        owners: [...new Set(record.get('owners') as string[])],
        tags: record.get('tags'),
        classifications: [],
        terms: [],
        restricted: false,
        freshnessSlo: seconds === null ? null : { seconds, declaredBy: urn },
        certified: isCertified(record.get('certification'), now),
        trustScore: toNumber(record.get('trustScore')),
        qualityChecks: 0,
        outputPorts: toNumber(record.get('outputPorts')) ?? 0,
        contracts: [],
      });
    }
  }
  return facts;
}

function isCertified(props: Record<string, unknown>, now: Date): boolean {
  const state = certificationState(props);
  return state.certified && state.suspendedAt === null && state.expiresAt !== null && new Date(state.expiresAt).getTime() > now.getTime();
}

function uniqueTerms(terms: TermFact[]): TermFact[] {
  return [...new Map(terms.map((term) => [term.urn, term])).values()].sort((a, b) => a.urn.localeCompare(b.urn));
}
