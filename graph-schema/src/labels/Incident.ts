import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Incident: LabelDefinition<'Incident'> = {
  label: 'Incident',
  urnType: 'incident',
  description: 'A data quality problem on an asset, opened when a check starts failing and resolved when it passes again.',
};

/**
 * The incident's own lifecycle is `state`, not `status`: `status` is the
 * soft-delete marker every entity carries (ACTIVE/REMOVED), as a Run keeps its
 * run state in `state`.
 */
export interface IncidentProperties extends EntityProperties {
  state: 'OPEN' | 'RESOLVED';
  title: string;
  openedAt: string;
  resolvedAt?: string;
  /** When the check that raised it last failed, and how many failing runs it has seen. */
  lastFailedAt: string;
  failureCount: number;
  /** The message of the latest failing result. */
  message: string;
}
