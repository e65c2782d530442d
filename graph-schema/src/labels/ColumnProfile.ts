import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const ColumnProfile: LabelDefinition<'ColumnProfile'> = {
  label: 'ColumnProfile',
  urnType: 'columnProfile',
  description: 'The latest profile of a column: null fraction, distinct count, min, max and top values (no values for a sensitive column).',
};

export interface ColumnProfileProperties extends EntityProperties {
  fieldUrn: string;
  profiledAt: string;
  rowCount: number;
  nullCount: number;
  nullFraction?: number;
  distinctCount: number;
  distinctIsApproximate: boolean;
  min?: string;
  max?: string;
  /** Parallel lists, most frequent first; absent when withheld. */
  topValues?: string[];
  topCounts?: number[];
  valuesWithheld: boolean;
  sampled: boolean;
}
