import { describe, expect, it } from 'vitest';

import { isTermStatus, termMoveLabel, termStatusLabel } from './termMoves';

describe('termMoveLabel', () => {
  it('names each move as its button', () => {
    expect(termMoveLabel('DRAFT', 'IN_REVIEW')).toBe('Submit for review');
    expect(termMoveLabel('IN_REVIEW', 'DRAFT')).toBe('Withdraw from review');
    expect(termMoveLabel('REJECTED', 'DRAFT')).toBe('Back to draft');
    expect(termMoveLabel('IN_REVIEW', 'APPROVED')).toBe('Approve');
    expect(termMoveLabel('IN_REVIEW', 'REJECTED')).toBe('Reject');
    expect(termMoveLabel('APPROVED', 'DEPRECATED')).toBe('Deprecate');
  });
});

describe('termStatusLabel', () => {
  it('spaces the words of a status', () => {
    expect(termStatusLabel('IN_REVIEW')).toBe('IN REVIEW');
    expect(termStatusLabel('DRAFT')).toBe('DRAFT');
  });
});

describe('isTermStatus', () => {
  it('accepts the statuses only', () => {
    expect(['DRAFT', 'APPROVED', 'approved', '', null].map(isTermStatus)).toEqual([true, true, false, false, false]);
  });
});
