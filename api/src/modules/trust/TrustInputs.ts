/**
 * What the trust score of an asset is computed from, as the TrustScorer reads it
 * from the graph in one query per batch (readTrustInputs.ts). Plain data, so the
 * scoring functions stay pure and testable on hand-written examples.
 */

/** Where a check comes from, by the provider that wrote it: dbt tests, contract rules, Polder's own checks, OpenLineage assertions. */
export type CheckOrigin = 'dbt' | 'contract' | 'polder' | 'openlineage' | 'other';

/** A result outcome that judges the data (ERROR and SKIPPED say nothing about it and are left out). */
export type JudgingOutcome = 'PASS' | 'WARN' | 'FAIL';

export interface CheckEvidence {
  urn: string;
  name: string;
  kind: string;
  origin: CheckOrigin;
  /** A freshness check (Polder's `freshness`, or a rule whose metric is freshness): scored under freshness, not quality. */
  isFreshness: boolean;
  /** Judging results within the window. */
  window: { passed: number; warned: number; failed: number };
  /** The newest judging result, whatever its age. */
  latest: { urn: string; outcome: JudgingOutcome; evaluatedAt: string } | null;
}

export interface CertificationState {
  certified: boolean;
  by: string | null;
  expiresAt: string | null;
  suspendedAt: string | null;
  suspendedReason: string | null;
}

export interface AssetRef {
  urn: string;
  name: string;
}

export interface DatasetTrustInputs {
  urn: string;
  subtype: string;
  /** The effective description (a person's, else the source's). */
  description: string | null;
  fields: Array<AssetRef & { described: boolean }>;
  owners: string[];
  checks: CheckEvidence[];
  openIncidents: Array<{ urn: string; title: string }>;
  /** Datasets it derives from, directly or through a job that writes it. */
  upstream: AssetRef[];
  /** Jobs that write it (a written table with no known inputs is not a source table). */
  writtenBy: AssetRef[];
  /** Freshness SLOs of the data products that expose it (contract SLA latency). */
  freshnessSlos: Array<{ urn: string; seconds: number }>;
  certification: CertificationState;
  /** Usage percentile 0–100, when something records it. */
  popularity: number | null;
  /** The rates the popularity was ranked from (crawlers/src/usage/), to explain it; absent when none. */
  usage?: UsageRates | null;
}

export interface UsageRates {
  /** `postgres` or `mariadb`: whose counters gave `readsPerDay`. */
  signal: string | null;
  readsPerDay: number | null;
  measuredFrom: string | null;
  measuredAt: string | null;
  /** Completed OpenLineage runs a day (last 30 days) of the jobs reading it. */
  jobRunsPerDay: number | null;
}

export interface ScoredAsset extends AssetRef {
  /** Its current trust score; null when it has not been scored yet. */
  score: number | null;
}

export interface DataProductTrustInputs {
  urn: string;
  description: string | null;
  owners: string[];
  certification: CertificationState;
  /** Open incidents about the product or one of its output ports. */
  openIncidents: Array<{ urn: string; title: string }>;
  outputPorts: ScoredAsset[];
  /** Input ports, and what its output ports derive from outside the product. */
  upstream: ScoredAsset[];
}
