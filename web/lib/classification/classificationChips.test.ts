import { describe, expect, it } from 'vitest';

import { columnClassifications, datasetClassifications } from './classificationChips';

const email = { name: 'Email address', classifications: ['PII'] };
const column = (name: string, own: string[] | null, inherited: string[] | null, terms = [email]) => ({ name, classifications: own, inheritedClassifications: inherited, terms });

describe('columnClassifications', () => {
  it('names the terms an inherited classification comes from, after those set directly', () => {
    expect(columnClassifications(column('email', ['CONFIDENTIAL'], ['PII']))).toEqual([
      { name: 'CONFIDENTIAL', from: null },
      { name: 'PII', from: 'Email address' },
    ]);
  });

  it('does not repeat one set directly, and says "a glossary term" when the term is not listed', () => {
    expect(columnClassifications(column('email', ['PII'], ['PII']))).toEqual([{ name: 'PII', from: null }]);
    expect(columnClassifications(column('email', [], ['PII'], []))).toEqual([{ name: 'PII', from: 'a glossary term' }]);
  });

  it('is null when masked', () => {
    expect(columnClassifications(column('email', null, null))).toBeNull();
  });
});

describe('datasetClassifications', () => {
  it("adds its columns' classifications, naming at most three columns", () => {
    const columns = ['a', 'b', 'c', 'd'].map((name) => column(name, [], ['PII']));
    expect(datasetClassifications(['CONFIDENTIAL'], [...columns, column('e', ['CONFIDENTIAL'], [])])).toEqual([
      { name: 'CONFIDENTIAL', from: null },
      { name: 'PII', from: 'columns a, b, c and 1 more' },
    ]);
    expect(datasetClassifications([], [column('email', [], ['PII'])])).toEqual([{ name: 'PII', from: 'column email' }]);
  });

  it('is null when masked', () => {
    expect(datasetClassifications(null, [])).toBeNull();
  });
});
