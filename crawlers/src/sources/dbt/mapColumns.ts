/**
 * Columns → Field nodes and HAS_FIELD edges. The warehouse (catalog.json) says
 * which columns exist, their order and types; the manifest says what the project
 * documented: descriptions, declared types, constraints, tags, meta. Names are
 * matched case-insensitively, because warehouses such as Snowflake report
 * `ORDER_ID` for what the YAML calls `order_id`; the field takes the warehouse's
 * spelling.
 *
 * A documented column the warehouse does not have is stale documentation: it
 * is reported as a warning, not turned into a field. A dataset the catalog does
 * not know (no catalog.json, an ephemeral model) gets its documented columns,
 * in the order they are declared.
 */
import { formatUrn, InvalidUrnError, parseUrn, type PropertyMap } from '@polder/graph-schema';
import type { DbtColumn, DbtMeta } from './artifacts.ts';
import { flattenMeta } from './flattenMeta.ts';
import { dbtWhere, type DbtMapContext, type SnapshotPart } from './mapContext.ts';
import type { DbtDataset } from './mapDatasets.ts';

/** Field URNs by dataset URN, then by lower-cased column name. */
export type FieldIndex = Map<string, Map<string, string>>;

export interface MappedColumns extends SnapshotPart {
  fieldUrns: FieldIndex;
}

const PART_OF_COMPOSITE_KEY = 'part_of_composite_primary_key';

/** What the project declares about one column, merged over the resources of its dataset. */
interface DeclaredColumn {
  name: string;
  uniqueId: string;
  description: string | null;
  dataType: string | null;
  meta: DbtMeta;
  tags: string[];
  constraints: Set<string>;
}

export function mapColumns(datasets: DbtDataset[], context: DbtMapContext): MappedColumns {
  const part: MappedColumns = { nodes: [], edges: [], warnings: [], fieldUrns: new Map() };
  for (const dataset of datasets) {
    const declared = declaredColumns(dataset);
    const fields = new Map<string, string>();
    part.fieldUrns.set(dataset.urn, fields);
    const emit = (name: string, column: DeclaredColumn | undefined, warehouse: { position: number; dataType: string | null; comment: string | null }) => {
      let urn: string;
      try {
        urn = formatUrn('field', parseUrn(dataset.urn), name);
      } catch (error) {
        if (!(error instanceof InvalidUrnError)) throw error;
        part.warnings.push({ urn: dataset.urn, where: `${dbtWhere(context, dataset.resources[0].unique_id)}.${name}`, message: `Skipped column: ${error.message}` });
        return;
      }
      fields.set(name.toLowerCase(), urn);
      const constraints = column?.constraints ?? new Set<string>();
      const properties: PropertyMap = {
        name,
        datasetUrn: dataset.urn,
        position: warehouse.position,
        dataType: warehouse.dataType ?? column?.dataType ?? null,
        // Without a constraint dbt creates columns that accept NULL and carry no key.
        nullable: !constraints.has('not_null') && !constraints.has('primary_key') && !constraints.has(PART_OF_COMPOSITE_KEY),
        isPrimaryKey: constraints.has('primary_key') || constraints.has(PART_OF_COMPOSITE_KEY),
        isUnique: constraints.has('primary_key') || constraints.has('unique'),
        description: column?.description || warehouse.comment || null,
        tags: column && column.tags.length > 0 ? column.tags : null,
        ...flattenMeta(column?.meta ?? {}, 'meta'),
      };
      part.nodes.push({ label: 'Field', urn, properties });
      part.edges.push({ type: 'HAS_FIELD', from: dataset.urn, to: urn });
    };

    if (dataset.catalog) {
      const inWarehouse = Object.values(dataset.catalog.columns).sort((a, b) => a.index - b.index);
      for (const column of inWarehouse) {
        const documented = declared.get(column.name.toLowerCase());
        declared.delete(column.name.toLowerCase());
        emit(column.name, documented, { position: column.index, dataType: column.type, comment: column.comment ?? null });
      }
      for (const stale of declared.values()) {
        part.warnings.push({
          urn: dataset.urn,
          where: dbtWhere(context, stale.uniqueId),
          message: `Column "${stale.name}" is documented but the warehouse has no such column (catalog.json): skipped`,
        });
      }
    } else {
      [...declared.values()].forEach((column, index) => emit(column.name, column, { position: index + 1, dataType: null, comment: null }));
    }
  }
  return part;
}

function declaredColumns(dataset: DbtDataset): Map<string, DeclaredColumn> {
  const columns = new Map<string, DeclaredColumn>();
  for (const resource of dataset.resources) {
    const modelConstraints = 'constraints' in resource ? (resource.constraints ?? []) : [];
    for (const column of Object.values<DbtColumn>(resource.columns ?? {})) {
      const key = column.name.toLowerCase();
      const merged = columns.get(key) ?? { name: column.name, uniqueId: resource.unique_id, description: null, dataType: null, meta: {}, tags: [], constraints: new Set<string>() };
      merged.description ||= column.description || null;
      merged.dataType ??= column.data_type || null;
      merged.meta = { ...column.meta, ...merged.meta };
      merged.tags = [...new Set([...merged.tags, ...(column.tags ?? [])])];
      for (const constraint of column.constraints ?? []) merged.constraints.add(constraint.type);
      for (const constraint of modelConstraints) {
        if (!constraint.columns?.some((name) => name.toLowerCase() === key)) continue;
        if (constraint.columns.length === 1) merged.constraints.add(constraint.type);
        // A column of a composite key is part of the key, but not unique on its own.
        else if (constraint.type === 'primary_key') merged.constraints.add(PART_OF_COMPOSITE_KEY);
      }
      columns.set(key, merged);
    }
  }
  return columns;
}
