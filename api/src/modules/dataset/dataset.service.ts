/**
 * Reads datasets, their fields and their neighbours. Every method takes a list
 * of keys and sends one query, so the loaders can batch a whole GraphQL level.
 */
import type { GraphReader } from '../../graph/GraphReader.ts';
import { EntityType } from '../entity/entity.type.ts';
import type { Domain } from '../domain/domain.type.ts';
import type { Source } from '../sources/source.type.ts';
import type { DataProduct } from '../products/dataProduct.type.ts';
import type { Job } from '../jobs/job.type.ts';
import type { Dataset } from './dataset.type.ts';
import type { SchemaField } from './field.type.ts';
import type { GlossaryTerm } from '../glossary/glossaryTerm.type.ts';
import { certificationOf, isRestricted, ownersOf, tagsOf, versionOf } from '../edits/editableView.ts';

type Props = Record<string, unknown>;

/** What a person wrote wins over what the source says. */
function effectiveDescription(props: Props): string | null {
  return (props.editable_description ?? props.description ?? null) as string | null;
}

export function toDataset(props: Props): Dataset {
  return {
    ...props,
    type: EntityType.DATASET,
    description: effectiveDescription(props),
    version: versionOf(props),
    owners: ownersOf(props),
    tags: tagsOf(props),
    certification: certificationOf(props),
    restricted: isRestricted(props),
  } as Dataset;
}

export function toField(props: Props): SchemaField {
  return { ...props, type: EntityType.FIELD, description: effectiveDescription(props), version: versionOf(props), tags: tagsOf(props) } as SchemaField;
}

export function toDomain(props: Props): Domain {
  return { ...props, type: EntityType.DOMAIN, description: effectiveDescription(props), version: versionOf(props), owners: ownersOf(props) } as Domain;
}

export function toDataProduct(props: Props): DataProduct {
  return {
    ...props,
    type: EntityType.DATA_PRODUCT,
    description: effectiveDescription(props),
    version: versionOf(props),
    owners: ownersOf(props),
    tags: tagsOf(props),
    certification: certificationOf(props),
  } as DataProduct;
}

export function toGlossaryTerm(props: Props): GlossaryTerm {
  return { ...props, type: EntityType.GLOSSARY_TERM, definition: (props.editable_definition ?? props.definition ?? null) as string | null } as GlossaryTerm;
}

export function toJob(props: Props): Job {
  return { ...props, type: EntityType.JOB } as Job;
}

export function toSource(props: Props): Source {
  return { ...props, type: EntityType.SOURCE } as Source;
}

/** Groups rows by key, in the order of `keys` (what DataLoader expects). */
function inOrder<T>(keys: readonly string[], rows: Array<{ key: string; value: T }>): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key)?.push(row.value);
  return keys.map((key) => groups.get(key)!);
}

export class DatasetService {
  constructor(private readonly graph: GraphReader) {}

  // Constraint: dataset_urn.
  async datasetsByUrn(urns: readonly string[]): Promise<Array<Dataset | null>> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key MATCH (d:Dataset {urn: key}) RETURN key, properties(d) AS value`,
      { urns },
    );
    return inOrder(urns, rows.map((row) => ({ key: row.key, value: toDataset(row.value) }))).map((group) => group[0] ?? null);
  }

  async fieldsByDataset(datasetUrns: readonly string[]): Promise<SchemaField[][]> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key
       MATCH (:Dataset {urn: key})-[:HAS_FIELD]->(f:Field)
       WHERE f.status = 'ACTIVE'
       RETURN key, properties(f) AS value ORDER BY f.position`,
      { urns: datasetUrns },
    );
    return inOrder(datasetUrns, rows.map((row) => ({ key: row.key, value: toField(row.value) })));
  }

  // Constraint: field_urn.
  async referencedFields(fieldUrns: readonly string[]): Promise<Array<SchemaField | null>> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key
       MATCH (:Field {urn: key})-[:REFERENCES]->(target:Field)
       RETURN key, properties(target) AS value`,
      { urns: fieldUrns },
    );
    return inOrder(fieldUrns, rows.map((row) => ({ key: row.key, value: toField(row.value) }))).map((group) => group[0] ?? null);
  }

  async domainsOf(assetUrns: readonly string[]): Promise<Array<Domain | null>> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key
       MATCH (:Entity {urn: key})-[:IN_DOMAIN]->(d:Domain)
       RETURN key, properties(d) AS value`,
      { urns: assetUrns },
    );
    return inOrder(assetUrns, rows.map((row) => ({ key: row.key, value: toDomain(row.value) }))).map((group) => group[0] ?? null);
  }

  async sourcesOf(datasetUrns: readonly string[]): Promise<Array<Source | null>> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key
       MATCH (:Dataset {urn: key})-[:FROM_SOURCE]->(s:Source)
       RETURN key, properties(s) AS value`,
      { urns: datasetUrns },
    );
    return inOrder(datasetUrns, rows.map((row) => ({ key: row.key, value: toSource(row.value) }))).map((group) => group[0] ?? null);
  }

  /** The glossary terms each asset carries, whoever set them (a person or a source). */
  async termsOf(assetUrns: readonly string[]): Promise<GlossaryTerm[][]> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key
       MATCH (:Entity {urn: key})-[:MEANS]->(t:GlossaryTerm)
       RETURN DISTINCT key, properties(t) AS value ORDER BY value.name`,
      { urns: assetUrns },
    );
    return inOrder(assetUrns, rows.map((row) => ({ key: row.key, value: toGlossaryTerm(row.value) })));
  }

  /** Datasets one lineage hop away: `UPSTREAM` are those it derives from, `DOWNSTREAM` those derived from it. */
  async neighbours(datasetUrns: readonly string[], direction: 'UPSTREAM' | 'DOWNSTREAM'): Promise<Dataset[][]> {
    const pattern = direction === 'UPSTREAM' ? '(:Dataset {urn: key})-[:DERIVES_FROM]->(n:Dataset)' : '(:Dataset {urn: key})<-[:DERIVES_FROM]-(n:Dataset)';
    // A removed dataset keeps its last edges for history, but is no longer a neighbour.
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key MATCH ${pattern} WHERE n.status = 'ACTIVE' RETURN DISTINCT key, properties(n) AS value ORDER BY value.qualifiedName`,
      { urns: datasetUrns },
    );
    return inOrder(datasetUrns, rows.map((row) => ({ key: row.key, value: toDataset(row.value) })));
  }
}
