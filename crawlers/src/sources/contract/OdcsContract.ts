/**
 * The parts of an Open Data Contract Standard v3 contract that Polder reads,
 * typed as the ODCS JSON Schema (v3.1.0, which also accepts v3.0.x contracts)
 * guarantees them once a contract has passed it. Keys Polder does not map
 * (relationships, the servers' roles, ...) are left out.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface OdcsContract {
  apiVersion: string;
  kind: string;
  id: string;
  version: string;
  status: string;
  name?: string;
  /** Deprecated since v3.1.0, still common: the name of the data product. */
  dataProduct?: string;
  /** Free text, e.g. `seller`; not necessarily the id of a Polder domain. */
  domain?: string;
  tenant?: string;
  tags?: string[];
  description?: OdcsDescription;
  servers?: OdcsServer[];
  schema?: OdcsObject[];
  /** v3.1.0 has a team object; v3.0.x a list of members. */
  team?: OdcsTeam | OdcsTeamMember[];
  roles?: OdcsRole[];
  slaDefaultElement?: string;
  slaProperties?: OdcsSlaProperty[];
  support?: OdcsSupportChannel[];
  price?: { priceAmount?: number; priceCurrency?: string; priceUnit?: string };
  authoritativeDefinitions?: OdcsAuthoritativeDefinition[];
  customProperties?: OdcsCustomProperty[];
  contractCreatedTs?: string;
}

export interface OdcsDescription {
  purpose?: string;
  usage?: string;
  limitations?: string;
  authoritativeDefinitions?: OdcsAuthoritativeDefinition[];
  customProperties?: OdcsCustomProperty[];
}

/** Where the data lives; the keys beside `server` and `type` depend on the type (host, database, schema, project, location, ...). */
export interface OdcsServer {
  server: string;
  type: string;
  [key: string]: JsonValue | undefined;
}

/** What ODCS elements (objects and their properties) share. */
export interface OdcsElement {
  name: string;
  physicalName?: string;
  physicalType?: string;
  logicalType?: string;
  businessName?: string;
  description?: string;
  tags?: string[];
  authoritativeDefinitions?: OdcsAuthoritativeDefinition[];
  customProperties?: OdcsCustomProperty[];
  quality?: OdcsQualityRule[];
}

/** A schema object: a table, view, topic or file. */
export interface OdcsObject extends OdcsElement {
  dataGranularityDescription?: string;
  properties?: OdcsProperty[];
}

/** A property of an object: a column, or a nested field of one. */
export interface OdcsProperty extends OdcsElement {
  logicalTypeOptions?: Record<string, JsonValue>;
  required?: boolean;
  unique?: boolean;
  primaryKey?: boolean;
  primaryKeyPosition?: number;
  partitioned?: boolean;
  partitionKeyPosition?: number;
  classification?: string;
  criticalDataElement?: boolean;
  encryptedName?: string;
  transformSourceObjects?: string[];
  transformLogic?: string;
  transformDescription?: string;
  examples?: JsonValue[];
  /** The fields of an `object` property. */
  properties?: OdcsProperty[];
  /** What an `array` property holds; its `properties` when it holds objects. */
  items?: Omit<OdcsProperty, 'name'> & { name?: string };
}

/** A quality rule's threshold operators, under their ODCS names (see contractChecks/contractThreshold.ts). */
export const ODCS_QUALITY_OPERATORS = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
  'mustBeBetween',
  'mustNotBeBetween',
] as const;
export type OdcsQualityOperator = (typeof ODCS_QUALITY_OPERATORS)[number];

export type OdcsQualityRule = Partial<Record<OdcsQualityOperator, JsonValue>> & {
  id?: string;
  name?: string;
  /** `library` when absent, as the schema's default says. */
  type?: 'text' | 'library' | 'sql' | 'custom';
  metric?: string;
  /** Deprecated for `metric`. */
  rule?: string;
  arguments?: Record<string, JsonValue>;
  query?: string;
  engine?: string;
  implementation?: string | Record<string, JsonValue>;
  description?: string;
  dimension?: string;
  method?: string;
  severity?: string;
  businessImpact?: string;
  unit?: string;
  schedule?: string;
  scheduler?: string;
  tags?: string[];
  customProperties?: OdcsCustomProperty[];
  authoritativeDefinitions?: OdcsAuthoritativeDefinition[];
};

export interface OdcsTeam {
  name?: string;
  description?: string;
  members?: OdcsTeamMember[];
}

export interface OdcsTeamMember {
  username: string;
  name?: string;
  role?: string;
  dateIn?: string;
  dateOut?: string;
}

export interface OdcsRole {
  role: string;
  description?: string;
  access?: string;
  firstLevelApprovers?: string;
  secondLevelApprovers?: string;
}

export interface OdcsSlaProperty {
  property: string;
  value: string | number | boolean | null;
  valueExt?: string | number | boolean | null;
  unit?: string;
  element?: string;
  driver?: string;
  description?: string;
  scheduler?: string;
  schedule?: string;
}

export interface OdcsSupportChannel {
  channel: string;
  tool?: string;
  url?: string;
  scope?: string;
  description?: string;
  invitationUrl?: string;
}

export interface OdcsAuthoritativeDefinition {
  type: string;
  url: string;
  description?: string;
}

export interface OdcsCustomProperty {
  property: string;
  value: JsonValue;
  description?: string;
}
