import { describe, expect, it } from 'vitest';

import { classificationChoices, namedClassifications } from './classificationChoices';

describe('namedClassifications', () => {
  it('names each once, sorted, and skips masked lists', () => {
    expect(namedClassifications([['PII', 'CONFIDENTIAL'], null, ['PII'], []])).toEqual(['CONFIDENTIAL', 'PII']);
  });
});

describe('classificationChoices', () => {
  it("adds the dataset's and its columns' own and inherited ones to the catalog's", () => {
    const dataset = {
      classifications: ['INTERNAL'],
      fields: [
        { classifications: ['FINANCIAL'], inheritedClassifications: ['PII'] },
        { classifications: null, inheritedClassifications: null },
      ],
    };
    expect(classificationChoices(['PII', 'CONFIDENTIAL'], dataset)).toEqual(['CONFIDENTIAL', 'FINANCIAL', 'INTERNAL', 'PII']);
  });

  it("is the catalog's alone for a dataset classified nowhere", () => {
    expect(classificationChoices(['PII'], { classifications: [], fields: [] })).toEqual(['PII']);
  });
});
