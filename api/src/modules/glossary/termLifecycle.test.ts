import { describe, expect, it } from 'vitest';
import { contentEditableIn, meaningChanges, statusAfterContentEdit, transitionOf } from './termLifecycle.ts';
import { contentOf } from './termContent.ts';

describe('transitionOf', () => {
  it('allows the lifecycle moves, reviewers deciding approvals and rejections', () => {
    expect(transitionOf('DRAFT', 'IN_REVIEW')).toEqual({ decidedBy: 'EDITOR', action: 'submitGlossaryTerm', needsReplacement: false });
    expect(transitionOf('IN_REVIEW', 'APPROVED')).toEqual({ decidedBy: 'REVIEWER', action: 'approveGlossaryTerm', needsReplacement: false });
    expect(transitionOf('IN_REVIEW', 'REJECTED')).toEqual({ decidedBy: 'REVIEWER', action: 'rejectGlossaryTerm', needsReplacement: false });
    expect(transitionOf('APPROVED', 'DEPRECATED')).toEqual({ decidedBy: 'EDITOR', action: 'deprecateGlossaryTerm', needsReplacement: true });
    expect(transitionOf('REJECTED', 'DRAFT')).toEqual({ decidedBy: 'EDITOR', action: 'reworkGlossaryTerm', needsReplacement: false });
  });

  it('says which moves exist instead', () => {
    expect(transitionOf('DRAFT', 'APPROVED')).toBe('a DRAFT term cannot become APPROVED (from DRAFT it can become IN_REVIEW)');
    expect(transitionOf('DEPRECATED', 'APPROVED')).toBe('a DEPRECATED term cannot become APPROVED (DEPRECATED is final)');
    expect(transitionOf('APPROVED', 'REJECTED')).toBe('an APPROVED term cannot become REJECTED (from APPROVED it can become DEPRECATED)');
  });
});

describe('contentEditableIn', () => {
  it('freezes terms in review and deprecated ones', () => {
    expect(['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'DEPRECATED'].map((status) => contentEditableIn(status as never))).toEqual([true, false, true, true, false]);
  });
});

describe('meaningChanges', () => {
  const term = { ...contentOf({ name: 'Customer' }), definition: 'Someone who buys.', synonyms: ['Client', 'Buyer'], owners: ['ada'], reviewers: ['bob'] };

  it('names the fields that say what the term means, and only those', () => {
    expect(meaningChanges(term, { ...term, definition: 'Someone who rents.', classifications: ['PII'] })).toEqual(['definition', 'classifications']);
    expect(meaningChanges(term, { ...term, name: 'Client', links: [{ label: 'FIBO', url: 'https://example.com' }] })).toEqual(['name', 'links']);
  });

  it('sees no change in owners, reviewers, or words put in another order', () => {
    expect(meaningChanges(term, { ...term, owners: ['cy'], reviewers: ['bob', 'dee'], synonyms: ['Buyer', 'Client'] })).toEqual([]);
  });
});

describe('statusAfterContentEdit', () => {
  it('sends an approved term whose meaning changed back to review, and leaves every other as it is', () => {
    expect(statusAfterContentEdit('APPROVED', ['definition'])).toBe('IN_REVIEW');
    expect(statusAfterContentEdit('APPROVED', [])).toBe('APPROVED');
    expect(statusAfterContentEdit('DRAFT', ['definition'])).toBe('DRAFT');
    expect(statusAfterContentEdit('REJECTED', ['name'])).toBe('REJECTED');
  });
});
