import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const ProfileRun: LabelDefinition<'ProfileRun'> = {
  label: 'ProfileRun',
  urnType: 'profileRun',
  description: 'One profiling run of a dataset: when, how many rows, and per column its null and distinct counts (no values), kept as a short history.',
};

export interface ProfileRunProperties extends EntityProperties {
  runId: string;
  profiledAt: string;
  rowCount: number;
  sampled: boolean;
  /** Parallel lists, one entry per column in source order. */
  columns: string[];
  nullCounts: number[];
  distinctCounts: number[];
}
