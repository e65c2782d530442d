/**
 * A data contract's quality rule as the graph holds it (readContractRules.ts):
 * the `QualityCheck` the contract crawler wrote (mapQualityChecks.ts), where it
 * was declared, and the crawled tables its schema object DESCRIBES (the contract
 * linker's edges), which are what Polder runs it against.
 */
export interface ContractRule {
  /** The contract's QualityCheck, e.g. `urn:polder:qualityCheck:(urn:polder:field:(...,order_number),order_number_unique)`. */
  checkUrn: string;
  /** The rule's `id`, or `quality.<position>` for a rule without one: its key in its list. */
  ruleKey: string;
  /** The contract file, relative to its source's path (the product's `path`), e.g. `rental-orders.odcs.yaml`. */
  file: string;
  /** The contract source that crawled the file. */
  contractSource: string;
  /** The schema object's name. */
  object: string;
  /** The schema object's contract dataset (platform `contract`). */
  datasetUrn: string;
  /** The property of a property's rule: its contract field, and the column it names (`physicalName`, else `name`). */
  field: { urn: string; name: string; column: string } | null;
  /** The QualityCheck's properties: kind, metric, query, the ODCS thresholds, unit, `arguments.*`. */
  properties: Readonly<Record<string, unknown>>;
  /** The crawled tables the schema object DESCRIBES. */
  tables: DescribedTable[];
}

/** A crawled table (or view) that a contract's schema object describes. */
export interface DescribedTable {
  urn: string;
  /** The crawler's platform: postgres, mysql, sqlite, ... */
  platform: string;
  /** The source that crawled it (FROM_SOURCE), as polder.yaml names it. */
  sourceId: string | null;
  /** As the crawler wrote it: the schema (MySQL: the database); `main` for sqlite. */
  schema: string | null;
  name: string;
  /** The crawled column the rule's property names, matched by name (case-insensitively when no exact match); null when the table has none. */
  column: { urn: string; name: string } | null;
}

/** How a person finds a rule: `rental-orders.odcs.yaml rule order_number_unique (rental_order.order_number)`. */
export function ruleLabel(rule: Pick<ContractRule, 'file' | 'ruleKey' | 'object' | 'field'>): string {
  return `${rule.file} rule ${rule.ruleKey} (${rule.object}${rule.field ? `.${rule.field.name}` : ''})`;
}
