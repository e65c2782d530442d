/**
 * What policies are judged on: for each asset, the facts its target selector and
 * its requirements read, taken from the graph in one query per batch
 * (readPolicyFacts.ts) and judged by pure functions (evaluatePolicies.ts).
 */
import type { TargetType } from '@polder/runtime';
import type { ContractKept } from '../dataset/describingContracts.ts';

export interface TermFact {
  urn: string;
  name: string;
  /** The glossary lifecycle: DRAFT, IN_REVIEW, APPROVED, REJECTED, DEPRECATED. */
  termStatus: string;
  synonyms: string[];
  /** What the term's own definition classifies it as, e.g. PII for "Email address". */
  classifications: string[];
}

export interface ProductRef {
  urn: string;
  /** The product's own id (a contract id), which policies may name instead of the URN. */
  id: string | null;
  name: string;
}

export interface AssetFacts {
  urn: string;
  type: TargetType;
  name: string;
  /** ACTIVE, or REMOVED when its source no longer has it. */
  status: string;
  /** The id of its domain (a field's dataset's). */
  domain: string | null;
  /** The data products it belongs to: those exposing it (a field: its dataset), or itself. */
  products: ProductRef[];
  /** Exposed by an active data product (a field: its dataset is). */
  outputPort: boolean;
  description: string | null;
  owners: string[];
  tags: string[];
  /** The column's classifications; for a dataset those of all its columns. */
  classifications: string[];
  /** A dataset's own and its columns' terms; a column's own. */
  terms: TermFact[];
  /** Under an access policy: the dataset (a field's dataset) is restricted to its domain. */
  restricted: boolean;
  /** Where a freshness SLO is declared (a product's contract, a freshness check), if anywhere. */
  freshnessSlo: { seconds: number | null; declaredBy: string } | null;
  /** An active (unexpired, unsuspended) certification. */
  certified: boolean;
  trustScore: number | null;
  /** Active quality checks on it. */
  qualityChecks: number;
  /** A product's active output ports. */
  outputPorts: number;
  /** For a crawled table: each data contract describing it, with what the table does not keep of it (none for a field or a product). */
  contracts: Array<ContractKept<{ urn: string; name: string }>>;
}
