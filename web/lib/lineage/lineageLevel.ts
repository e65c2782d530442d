import type { LineageLevel } from '../api';

/** How each level reads in the URL (`?level=columns`); datasets, the default, are left out. */
const PARAMS: Record<LineageLevel, string> = { DATASET: 'datasets', FIELD: 'columns' };

/** The `level` search parameter as a walk level: `columns` → FIELD, anything else → DATASET. */
export function parseLineageLevel(value: string | string[] | undefined): LineageLevel {
  const text = Array.isArray(value) ? value[0] : value;
  return text === PARAMS.FIELD ? 'FIELD' : 'DATASET';
}

/** The `level` search parameter that asks for `level`; undefined for the default. */
export function lineageLevelParam(level: LineageLevel): string | undefined {
  return level === 'DATASET' ? undefined : PARAMS[level];
}

/** The value of the level menu's options, `datasets` or `columns`. */
export function lineageLevelValue(level: LineageLevel): string {
  return PARAMS[level];
}
