import { describe, expect, it } from 'vitest';

import { classificationName, classificationProblem } from './classificationName';

describe('classificationName', () => {
  it('spells what was typed as the catalog spells classifications', () => {
    expect(classificationName(' personal data ')).toBe('PERSONAL_DATA');
    expect(classificationName('pii')).toBe('PII');
    expect(classificationName('non-public')).toBe('NON_PUBLIC');
    expect(classificationName('   ')).toBe('');
  });
});

describe('classificationProblem', () => {
  it('takes what the API takes', () => {
    expect(classificationProblem('PII')).toBeNull();
    expect(classificationProblem('GDPR_ART_9')).toBeNull();
  });

  it('names what the API would refuse', () => {
    expect(classificationProblem('3D')).toBe('“3D” is not a classification: use letters, digits and _, starting with a letter, e.g. PII.');
    expect(classificationProblem('PII!')).toBe('“PII!” is not a classification: use letters, digits and _, starting with a letter, e.g. PII.');
    expect(classificationProblem('X'.repeat(51))).toBe('A classification has at most 50 characters; “XXXXXXXXXXXXXXXXXXXXXXXX…” has 51.');
  });
});
