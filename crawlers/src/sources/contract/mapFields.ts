/**
 * The properties of each schema object → Field nodes and HAS_FIELD edges, in
 * the order the contract lists them, nested ones after their parent by path
 * (contractFields.ts).
 *
 * ODCS's flags become the Field model's: `required` → `nullable: false`,
 * `primaryKey` → `isPrimaryKey`, and `isUnique` when the column is `unique` or
 * is its object's whole primary key (one column of a composite key is not
 * unique on its own). `dataType` is the physical type when the contract gives
 * one (`varchar(18)`), else the logical one (`string`); both are kept as well.
 */
import { InvalidUrnError, type PropertyMap } from '@polder/graph-schema';
import { flattenMeta } from '../dbt/flattenMeta.ts';
import { contractFields, type ContractField } from './contractFields.ts';
import { contractFieldUrn } from './contractUrns.ts';
import { elementProperties, nonEmpty } from './elementProperties.ts';
import { contractWhere, type ContractMapContext, type SnapshotPart } from './mapContext.ts';
import type { ContractDataset } from './mapDatasets.ts';
import type { JsonValue } from './OdcsContract.ts';

export interface MappedField {
  urn: string;
  datasetUrn: string;
  field: ContractField;
}

export interface MappedFields extends SnapshotPart {
  fields: MappedField[];
}

export function mapFields(datasets: ContractDataset[], file: string, context: ContractMapContext): MappedFields {
  const part: MappedFields = { nodes: [], edges: [], warnings: [], fields: [] };
  for (const dataset of datasets) {
    const fields = contractFields(dataset.object, dataset.pointer);
    const primaryKeyColumns = fields.filter((field) => field.property.primaryKey === true).length;
    fields.forEach((field, index) => {
      let urn: string;
      try {
        urn = contractFieldUrn(dataset.urn, field.name);
      } catch (error) {
        if (!(error instanceof InvalidUrnError)) throw error;
        part.warnings.push({ urn: dataset.urn, where: contractWhere(context, file, field.pointer), message: `Skipped field: ${error.message}` });
        return;
      }
      const { property } = field;
      const isPrimaryKey = property.primaryKey === true;
      const properties: PropertyMap = {
        name: field.name,
        datasetUrn: dataset.urn,
        position: index + 1,
        dataType: property.physicalType ?? property.logicalType ?? null,
        logicalType: property.logicalType ?? null,
        physicalType: property.physicalType ?? null,
        physicalName: property.physicalName ?? null,
        nullable: property.required !== true,
        isPrimaryKey,
        primaryKeyPosition: isPrimaryKey ? positionOrNull(property.primaryKeyPosition) : null,
        isUnique: property.unique === true || (isPrimaryKey && primaryKeyColumns === 1),
        classification: property.classification ?? null,
        criticalDataElement: property.criticalDataElement ?? false,
        partitioned: property.partitioned ?? false,
        partitionKeyPosition: property.partitioned ? positionOrNull(property.partitionKeyPosition) : null,
        encryptedName: property.encryptedName ?? null,
        examples: nonEmpty(property.examples?.map(asText)),
        transformSourceObjects: nonEmpty(property.transformSourceObjects),
        transformLogic: property.transformLogic ?? null,
        transformDescription: property.transformDescription ?? null,
        ...flattenMeta(property.logicalTypeOptions ?? {}, 'logicalTypeOptions'),
        businessName: property.businessName ?? null,
      ...elementProperties(property),
      };
      part.fields.push({ urn, datasetUrn: dataset.urn, field });
      part.nodes.push({ label: 'Field', urn, properties });
      part.edges.push({ type: 'HAS_FIELD', from: dataset.urn, to: urn });
    });
  }
  return part;
}

/** ODCS writes -1 for "no position". */
function positionOrNull(position: number | undefined): number | null {
  return position !== undefined && position >= 1 ? position : null;
}

/** Examples may be of any type; a Neo4j list holds one, so each is kept as text (a number as `42`, an object as JSON). */
function asText(example: JsonValue): string {
  return typeof example === 'string' ? example : JSON.stringify(example);
}
