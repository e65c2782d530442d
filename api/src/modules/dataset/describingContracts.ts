/**
 * The data contracts that describe a crawled table, read with the table and
 * judged against it (compareWithContract.ts): by the API's
 * `Dataset.contractConformance` (dataset.service.ts) and by the governance
 * requirement `contractConformance` (governance/readPolicyFacts.ts), each in its
 * own one query per batch, with the same Cypher and the same judgement.
 *
 * A promise is a contract's schema object (a `contract` dataset) that the contract
 * linker drew `DESCRIBES` from to the table (crawlers/src/sources/contract/linkContractDatasets.ts);
 * its columns are its fields as the contract crawl wrote them (mapFields.ts:
 * `nullable` is not `required`, `isPrimaryKey` is `primaryKey`, `position` the
 * contract's order, which a pattern comprehension does not keep).
 */
import { cypherVariable } from '@polder/graph-schema';
import { compareWithContract, type ContractProblem, type CrawledColumn, type PromisedColumn } from './compareWithContract.ts';

type Props = Record<string, unknown>;

/** A crawled column's properties that the comparison reads, as a map projection of the column bound to `column`. */
export function crawledColumnInCypher(column: string): string {
  return `${cypherVariable(column)} {.name, .dataType, .nullable, .isPrimaryKey}`;
}

/**
 * The active contract objects that DESCRIBE the table bound to `table`, each `{promise, columns}`: its
 * properties and its active fields. `visible` filters the promises further (a predicate on
 * `contractPromise`, e.g. visibleDataset's). Fixed text around the variable names.
 */
export function describingContractsInCypher(table: string, visible = 'true'): string {
  return `[(contractPromise:Dataset)-[:DESCRIBES]->(${cypherVariable(table)}) WHERE contractPromise.status = 'ACTIVE' AND ${visible} | {
      promise: properties(contractPromise),
      columns: [(contractPromise)-[:HAS_FIELD]->(promisedColumn:Field) WHERE promisedColumn.status = 'ACTIVE'
                | promisedColumn {.name, .position, .physicalName, .logicalType, .physicalType, .nullable, .isPrimaryKey}]
    }]`;
}

/** A row of `describingContractsInCypher`. */
export interface DescribingContractRow {
  promise: Props;
  columns: Props[];
}

/** How a table keeps one contract that describes it. */
export interface ContractKept<P = Props> {
  promise: P;
  problems: ContractProblem[];
}

/**
 * Each describing contract with the problems the table has against it, by the promise's URN. The
 * graph may hold anything a contract wrote (an older crawl, a hand edit): what is not text or a
 * flag is read as absent, so odd input is not judged rather than a failed request.
 */
export function conformanceOf(rows: readonly DescribingContractRow[], table: { platform: unknown; subtype: unknown; columns: readonly Props[] }): ContractKept[] {
  const crawled = { platform: textOr(table.platform, ''), subtype: textOr(table.subtype, ''), columns: table.columns.flatMap(crawledColumn) };
  return [...rows]
    .sort((a, b) => textOr(a.promise.urn, '').localeCompare(textOr(b.promise.urn, '')))
    .map((row) => ({ promise: row.promise, problems: compareWithContract(inContractOrder(row.columns).flatMap(promisedColumn), crawled) }));
}

/** The fields in the order the contract lists its properties (mapFields.ts's `position`); one without a position last. */
function inContractOrder(columns: readonly Props[]): Props[] {
  const position = (column: Props) => (typeof column.position === 'number' ? column.position : Number.MAX_SAFE_INTEGER);
  return [...columns].sort((a, b) => position(a) - position(b));
}

function promisedColumn(props: Props): PromisedColumn[] {
  const name = textOr(props.name, '');
  if (name === '') return [];
  return [{ name, physicalName: textOr(props.physicalName, null), logicalType: textOr(props.logicalType, null), physicalType: textOr(props.physicalType, null), required: props.nullable === false, primaryKey: props.isPrimaryKey === true }];
}

function crawledColumn(props: Props): CrawledColumn[] {
  const name = textOr(props.name, '');
  return name === '' ? [] : [{ name, dataType: textOr(props.dataType, null), nullable: flagOf(props.nullable), isPrimaryKey: flagOf(props.isPrimaryKey) }];
}

/** A flag the crawler wrote, or null when it wrote none: not judged. */
function flagOf(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function textOr<T extends string | null>(value: unknown, otherwise: T): string | T {
  return typeof value === 'string' ? value : otherwise;
}
