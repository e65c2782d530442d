import { describe, expect, it } from 'vitest';
import { isSensitiveColumn, sensitivityFactsCypher } from './columnSensitivity.ts';

describe('isSensitiveColumn', () => {
  const none = { columnClassifications: [], datasetClassifications: [], datasetRestricted: false };

  it('is not sensitive without a classification or a restriction', () => {
    expect(isSensitiveColumn(none)).toBe(false);
  });

  it('is sensitive when the column or its dataset is classified, or the dataset is restricted', () => {
    expect(isSensitiveColumn({ ...none, columnClassifications: ['PII'] })).toBe(true);
    expect(isSensitiveColumn({ ...none, datasetClassifications: ['CONFIDENTIAL'] })).toBe(true);
    expect(isSensitiveColumn({ ...none, datasetRestricted: true })).toBe(true);
  });
});

describe('sensitivityFactsCypher', () => {
  it('names the variables it was given, and only variables', () => {
    expect(sensitivityFactsCypher('f', 'd')).toContain('coalesce(d.editable_restricted, false) = true');
    expect(() => sensitivityFactsCypher('f}) DETACH DELETE (n', 'd')).toThrow('not a Cypher variable');
  });
});
