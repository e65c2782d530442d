/**
 * An OpenLineage event as Polder keeps it once validated (validate.ts): the
 * parts the mapper reads, with the facets Polder understands parsed. The wire
 * format is the OpenLineage spec (https://openlineage.io/spec/2-0-2/OpenLineage.json);
 * everything else in an event, unknown facets included, is dropped here.
 */

/** `eventType` of a run event: the transition it reports. */
export const RUN_EVENT_TYPES = ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'] as const;
export type RunEventType = (typeof RUN_EVENT_TYPES)[number];

export type LineageEvent = RunEvent | JobEvent | DatasetEvent;

interface EventBase {
  /** The event time in UTC, e.g. `2020-12-28T09:52:00.001Z`. */
  eventTime: string;
  /** The event time as a string that sorts in time order, to the nanosecond (see eventTime.ts). */
  version: string;
}

/** What happened to one run of a job. */
export interface RunEvent extends EventBase {
  kind: 'RunEvent';
  /** Optional in the spec; absent means the event reports no transition. */
  eventType?: RunEventType;
  runId: string;
  job: LineageJob;
  inputs: LineageDataset[];
  outputs: LineageDataset[];
}

/** Static lineage: a job's design, without a run. */
export interface JobEvent extends EventBase {
  kind: 'JobEvent';
  job: LineageJob;
  inputs: LineageDataset[];
  outputs: LineageDataset[];
}

/** Static metadata about one dataset. */
export interface DatasetEvent extends EventBase {
  kind: 'DatasetEvent';
  dataset: LineageDataset;
}

export interface LineageJob {
  namespace: string;
  name: string;
  /** documentation facet. */
  description?: string;
  /** sql facet: the query, as the producer sent it (parsing it is the SQL lineage module's job). */
  sql?: string;
  /** ownership facet: owner names. */
  owners?: string[];
}

export interface LineageDataset {
  namespace: string;
  name: string;
  /** documentation facet. */
  description?: string;
  /** ownership facet: owner names. */
  owners?: string[];
  /** schema facet. */
  fields?: SchemaField[];
  /** dataQualityAssertions facet. */
  assertions?: QualityAssertion[];
  /** columnLineage facet: how each of this dataset's fields was computed. */
  columnLineage?: ColumnLineage[];
}

export interface SchemaField {
  name: string;
  type?: string;
  description?: string;
}

export interface QualityAssertion {
  assertion: string;
  success: boolean;
  column?: string;
}

export interface ColumnLineage {
  /** A field of the dataset that carries the facet. */
  field: string;
  inputFields: ColumnLineageInput[];
  /** Deprecated in the spec (1-1-0) in favour of per-input `transformations`, still sent by older producers. */
  transformationType?: string;
  transformationDescription?: string;
}

export interface ColumnLineageInput {
  namespace: string;
  name: string;
  field: string;
  transformations: Array<{ type: string; subtype?: string; description?: string; masking?: boolean }>;
}
