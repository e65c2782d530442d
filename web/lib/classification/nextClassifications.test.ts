import { describe, expect, it } from 'vitest';

import { nextClassifications } from './nextClassifications';

describe('nextClassifications', () => {
  it('adds the one typed to those ticked, once, sorted', () => {
    expect(nextClassifications(['PII'], 'confidential')).toEqual({ classifications: ['CONFIDENTIAL', 'PII'] });
    expect(nextClassifications(['PII'], ' pii ')).toEqual({ classifications: ['PII'] });
    expect(nextClassifications(['PII', 'INTERNAL'], '')).toEqual({ classifications: ['INTERNAL', 'PII'] });
  });

  it('asks for none when nothing is ticked or typed', () => {
    expect(nextClassifications([], '  ')).toEqual({ classifications: [] });
  });

  it('names one typed that the API would refuse', () => {
    expect(nextClassifications(['PII'], '3d')).toEqual({ problem: '“3D” is not a classification: use letters, digits and _, starting with a letter, e.g. PII.' });
  });
});
