import type { LineageLevel } from '../api';

/** The name an exported graph is saved under, from its dataset's name: `lineage-customer-columns.png`. */
export function lineageFileName(datasetName: string, level: LineageLevel, extension: 'svg' | 'png'): string {
  const base = datasetName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'dataset';
  return `lineage-${base}${level === 'FIELD' ? '-columns' : ''}.${extension}`;
}
