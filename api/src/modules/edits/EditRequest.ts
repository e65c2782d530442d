import type { ManagedTransaction } from 'neo4j-driver';
import type { Label } from '@polder/graph-schema';
import type { Action } from '../access/authorize.ts';

/**
 * Relationships a person sets on an entity: the targets replace what a person
 * set before (edges a crawler asserted stay; they belong to their source).
 */
export interface RelationshipEdit {
  type: 'MEANS' | 'EXPOSES' | 'CONSUMES';
  targetLabel: 'GlossaryTerm' | 'Dataset';
  /** Name of the list in the audit entry, e.g. `terms`. */
  name: string;
  /** The input field that lists the targets, named by an error about one of them, e.g. `input.termUrns`. */
  argument: string;
  targets: string[];
}

/** One edit through the API: what to change on which entity, on which version, under which permission. */
export interface EditRequest {
  urn: string;
  /** The version the caller last read; a different current version is a CONFLICT. */
  expectedVersion: number;
  /** The mutation, as recorded in the audit trail. */
  action: string;
  permission: Action['kind'] & ('editAsset' | 'assignTerms');
  /** The kinds of entity this edit makes sense on. */
  labels: readonly Label[];
  /** `editable_*` properties to set; null removes one (the source's value shows again). */
  properties?: Record<string, unknown>;
  /**
   * Lists among `properties` whose order means nothing, each group a set of parallel lists (owners and their
   * ownership types): the same rows in another order are no change (`unchanged.ts`, `sameRows`).
   */
  unordered?: ReadonlyArray<readonly string[]>;
  relationship?: RelationshipEdit;
  /**
   * Checks the new values against the graph, in the edit's transaction, once the caller may edit the entity
   * and the version is current (so a refusal tells nothing to one who may not edit it); throws to refuse.
   * `before` is what readers saw of each property (`owners` for `editable_owners`), as the audit entry has it.
   */
  check?: (tx: ManagedTransaction, before: Readonly<Record<string, unknown>>) => Promise<void>;
  comment?: string | null;
}
