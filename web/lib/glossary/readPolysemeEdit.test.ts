import { describe, expect, it } from 'vitest';

import { readPolysemeEdit } from './readPolysemeEdit';
import { sensePairValue } from './sensePair';

const URN = 'urn:polder:polyseme:customer';
const RENTALS = 'urn:polder:glossaryTerm:(rentals,customer)';
const FINANCE = 'urn:polder:glossaryTerm:(finance,customer-account)';

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ urn: URN, expectedVersion: '4', ...fields })) form.set(name, value);
  return form;
}

describe('readPolysemeEdit', () => {
  it('reads the label, description and status, an empty description as none', () => {
    expect(readPolysemeEdit(formOf({ edit: 'details', label: ' Customer ', description: ' Who *rents*. ', polysemeStatus: 'APPROVED', comment: ' agreed ' }))).toEqual({
      edit: 'details',
      input: { urn: URN, expectedVersion: 4, label: 'Customer', description: 'Who *rents*.', polysemeStatus: 'APPROVED', comment: 'agreed' },
    });
    expect(readPolysemeEdit(formOf({ edit: 'details', label: '', description: '  ', polysemeStatus: 'DRAFT' }))).toEqual({
      edit: 'details',
      input: { urn: URN, expectedVersion: 4, label: '', description: null, polysemeStatus: 'DRAFT', comment: null },
    });
  });

  it('reads a mapping, its agreers separated by commas, its rule as typed', () => {
    const form = formOf({ edit: 'setMapping', fromUrn: RENTALS, toUrn: FINANCE, kind: 'BROADER', rule: ' a.t.id = b.t.id ', agreedBy: 'ada, bo,, ada', comment: '' });
    expect(readPolysemeEdit(form)).toEqual({
      edit: 'setMapping',
      input: { urn: URN, expectedVersion: 4, fromUrn: RENTALS, toUrn: FINANCE, kind: 'BROADER', rule: 'a.t.id = b.t.id', agreedBy: ['ada', 'bo'], comment: null },
    });
  });

  it('reads the mapping to remove from the pair its button sends', () => {
    expect(readPolysemeEdit(formOf({ edit: 'removeMapping', pair: sensePairValue(FINANCE, RENTALS), comment: 'no longer true' }))).toEqual({
      edit: 'removeMapping',
      input: { urn: URN, expectedVersion: 4, fromUrn: FINANCE, toUrn: RENTALS, comment: 'no longer true' },
    });
  });

  it('says what is missing or wrong in words', () => {
    expect(readPolysemeEdit(formOf({ edit: 'details', label: 'Customer', polysemeStatus: 'IN_REVIEW' }))).toBe('Which status? Reload the page and try again.');
    expect(readPolysemeEdit(formOf({ edit: 'setMapping', fromUrn: RENTALS, toUrn: '', kind: 'SAME_AS', rule: 'a.t.id = b.t.id' }))).toBe('Choose the two senses to map.');
    expect(readPolysemeEdit(formOf({ edit: 'setMapping', fromUrn: RENTALS, toUrn: FINANCE, kind: 'EXACT', rule: 'a.t.id = b.t.id' }))).toBe(
      'Which kind of mapping? Reload the page and try again.',
    );
    const incomplete = 'This form is incomplete. Reload the page and try again.';
    expect(readPolysemeEdit(formOf({ edit: 'removeMapping', pair: 'x' }))).toBe(incomplete);
    expect(readPolysemeEdit(formOf({ edit: 'rename' }))).toBe(incomplete);
    expect(readPolysemeEdit(formOf({ edit: 'details', expectedVersion: '', polysemeStatus: 'DRAFT' }))).toBe(incomplete);
    expect(readPolysemeEdit(formOf({ edit: 'details', expectedVersion: '4.5', polysemeStatus: 'DRAFT' }))).toBe(incomplete);
    expect(readPolysemeEdit(formOf({ edit: 'details', urn: '', polysemeStatus: 'DRAFT' }))).toBe(incomplete);
  });
});
